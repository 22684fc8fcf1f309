using Memorization.Experiments.Hcl;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>
/// Claims ACC-LR and ACC-MLP (docs/experiments.md#published-hcl-experiment, docs/claims.md#acc-lr): the trained model reaches the published accuracy — its final
/// classification error on the training set, on fresh examples, on represented and on singleton subpopulations —
/// reported next to the Bayes-optimal error on the same queries. The training error is an exact count (no interval):
/// the training examples are not a sample independent of the model; the test errors are Clopper–Pearson over queries.
/// </summary>
public sealed class ModelAccuracyMeasurement(HclModelKind model) : HclExperimentMeasurement
{
    private string P => model.MetricPrefix();

    /// <inheritdoc />
    public override string ClaimId => $"ACC-{model.ClaimSuffix()}";

    /// <inheritdoc />
    public override IReadOnlyList<string> Metrics =>
    [
        $"{P}_train_error", $"{P}_fresh_error", $"{P}_represented_error", $"{P}_singleton_error",
        "bayes_fresh_error", "bayes_represented_error", "bayes_singleton_error",
    ];

    /// <inheritdoc />
    protected override IReadOnlyList<HclModelKind> Models => [model];

    /// <inheritdoc />
    protected override IEnumerable<MetricValue> MetricsAt(IReadOnlyList<HclModelOutcome> outcomes, double confidence)
    {
        HclModelOutcome o = outcomes[0];
        HclCheckpoint final = o.Run.Final;
        // Exact: the training examples are the model's own data, not a sample independent of it.
        yield return MetricValue.Exact($"{P}_train_error", final.TrainError);
        yield return ClaimMetrics.Error($"{P}_fresh_error", final.FreshError, o.Data.FreshTest.Rows, confidence);
        yield return ClaimMetrics.Error($"{P}_represented_error", final.RepresentedError, o.Data.RepresentedTest.Rows, confidence);
        yield return ClaimMetrics.Error($"{P}_singleton_error", final.SingletonError, o.Data.SingletonTest.Rows, confidence);
        yield return ClaimMetrics.Error("bayes_fresh_error", o.Bayes.Fresh, confidence);
        yield return ClaimMetrics.Error("bayes_represented_error", o.Bayes.Represented, confidence);
        yield return ClaimMetrics.Error("bayes_singleton_error", o.Bayes.Singletons, confidence);
    }

    /// <inheritdoc />
    protected override IReadOnlyList<CurveSeries> Curves(IReadOnlyList<HclModelOutcome> outcomes)
    {
        HclModelOutcome o = outcomes[0];
        HclModelRun run = o.Run;
        string figure = $"{ClaimId.ToLowerInvariant()}-errors";
        const string y = "classification error";
        string title = $"{ClaimId}: classification error of {HclMetrics.ModelName(model)} over training, next to the Bayes-optimal error";
        return
        [
            HclMetrics.ErrorSeries(figure, "training set", run, c => c.TrainError, y) with { Title = title },
            HclMetrics.ErrorSeries(figure, "represented subpopulations", run, c => c.RepresentedError, y),
            HclMetrics.ErrorSeries(figure, "singleton subpopulations", run, c => c.SingletonError, y),
            HclMetrics.Reference(figure, "Bayes-optimal, represented subpopulations", run, Rate(o.Bayes.Represented), y),
            HclMetrics.Reference(figure, "Bayes-optimal, singleton subpopulations", run, Rate(o.Bayes.Singletons), y),
        ];
    }

    private static double Rate(bool[] mistakes) => mistakes.Length == 0 ? double.NaN : mistakes.Count(m => m) / (double)mistakes.Length;
}
