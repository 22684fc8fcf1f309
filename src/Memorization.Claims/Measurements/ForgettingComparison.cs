using Memorization.Experiments.Bayes;

namespace Memorization.Claims.Measurements;

/// <summary>
/// The Bayes-optimal predictor against its forgetful variant on the same queries (docs/tasks.md#singletons, docs/bayes-optimal.md#forgetful-predictors), for either task:
/// the mistakes of both on singleton-subpopulation and on represented queries, turned into the BAYES / NSP-BAYES metrics.
/// </summary>
public sealed record ForgettingComparison(ForgettingMistakes Mistakes)
{
    /// <summary>
    /// <c>bayes_singleton_error</c>, <c>forgetful_singleton_error</c>, <c>forgetting_penalty</c> (forgetful − Bayes,
    /// paired over the singleton queries), <c>bayes_represented_error</c>, <c>forgetful_represented_error</c>.
    /// </summary>
    public IEnumerable<MetricValue> Metrics(double confidence) =>
    [
        ClaimMetrics.Error("bayes_singleton_error", Mistakes.BayesSingletons, confidence),
        ClaimMetrics.Error("forgetful_singleton_error", Mistakes.ForgetfulSingletons, confidence),
        ClaimMetrics.PairedDifference("forgetting_penalty", Mistakes.ForgetfulSingletons, Mistakes.BayesSingletons, confidence),
        ClaimMetrics.Error("bayes_represented_error", Mistakes.BayesRepresented, confidence),
        ClaimMetrics.Error("forgetful_represented_error", Mistakes.ForgetfulRepresented, confidence),
    ];
}
