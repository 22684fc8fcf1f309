using Memorization.Experiments.Nsp;
using Memorization.Tasks;

namespace Memorization.Claims.Measurements.Nsp;

/// <summary>
/// Claim NSP-ACC (docs/tasks.md#singletons, docs/bayes-optimal.md): the trained sequence model's next-bit error on fresh queries, compared on the
/// same queries with the Bayes-optimal predictor (excess error) and with its forgetful variant, which treats singleton
/// subpopulations as unseen (the gain from memorizing them). Overall and split by the query subpopulation's training
/// count m (0, 1, ≥ 2).
/// </summary>
public sealed class NspAccuracyMeasurement : NspExperimentMeasurement
{
    /// <inheritdoc />
    public override string ClaimId => "NSP-ACC";

    /// <inheritdoc />
    public override IReadOnlyList<string> Metrics =>
    [
        "model_fresh_error", "model_represented_error", "model_singleton_error",
        "model_fresh_error_m0", "model_fresh_error_m1", "model_fresh_error_m2plus",
        "bayes_fresh_error", "bayes_represented_error", "bayes_singleton_error", "forgetful_singleton_error",
        "model_singleton_excess_error", "model_fresh_excess_error", "memorization_gain",
    ];

    /// <inheritdoc />
    protected override IEnumerable<MetricValue> MetricsAt(NspOutcome o, double confidence)
    {
        var model = o.Final.QueryMistakes;
        string fresh = NspQuerySets.Name(QuerySplit.Fresh);
        string represented = NspQuerySets.Name(QuerySplit.Represented);
        string singletons = NspQuerySets.Name(QuerySplit.Singletons);
        yield return ClaimMetrics.Error("model_fresh_error", model[fresh], confidence);
        yield return ClaimMetrics.Error("model_represented_error", model[represented], confidence);
        yield return ClaimMetrics.Error("model_singleton_error", model[singletons], confidence);
        foreach ((string suffix, Func<int, bool> include) in new (string, Func<int, bool>)[] { ("m0", m => m == 0), ("m1", m => m == 1), ("m2plus", m => m >= 2) })
        {
            bool[] subset = FreshByCount(o, model[fresh], include);
            if (subset.Length > 0)
            {
                yield return ClaimMetrics.Error($"model_fresh_error_{suffix}", subset, confidence);
            }
        }

        yield return ClaimMetrics.Error("bayes_fresh_error", o.BayesMistakes[fresh], confidence);
        yield return ClaimMetrics.Error("bayes_represented_error", o.BayesMistakes[represented], confidence);
        yield return ClaimMetrics.Error("bayes_singleton_error", o.BayesMistakes[singletons], confidence);
        yield return ClaimMetrics.Error("forgetful_singleton_error", o.ForgetfulMistakes[singletons], confidence);
        yield return ClaimMetrics.PairedDifference("model_singleton_excess_error", model[singletons], o.BayesMistakes[singletons], confidence);
        yield return ClaimMetrics.PairedDifference("model_fresh_excess_error", model[fresh], o.BayesMistakes[fresh], confidence);
        yield return ClaimMetrics.PairedDifference("memorization_gain", o.ForgetfulMistakes[singletons], model[singletons], confidence);
    }

    /// <inheritdoc />
    protected override IReadOnlyList<CurveSeries> Curves(NspOutcome o) =>
    [
        NspSeries.Error("nsp-acc-errors", "model, singleton queries", o, QuerySplit.Singletons) with
        {
            Title = "NSP-ACC: next-bit error of the sequence model over training, next to the Bayes-optimal and forgetful predictors",
        },
        NspSeries.Error("nsp-acc-errors", "model, represented queries", o, QuerySplit.Represented),
        NspSeries.Constant("nsp-acc-errors", "Bayes-optimal, singleton queries", o, o.BayesMistakes[NspQuerySets.Name(QuerySplit.Singletons)]),
        NspSeries.Constant("nsp-acc-errors", "forgetful, singleton queries", o, o.ForgetfulMistakes[NspQuerySets.Name(QuerySplit.Singletons)]),
    ];

    private static bool[] FreshByCount(NspOutcome o, bool[] mistakes, Func<int, bool> include)
    {
        IReadOnlyList<int> subpopulations = o.Data.FreshQueries.Strings.Subpopulations;
        return mistakes.Where((_, i) => include(o.Data.Counts[subpopulations[i]])).ToArray();
    }
}
