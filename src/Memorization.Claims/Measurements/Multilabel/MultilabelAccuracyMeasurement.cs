using Memorization.Experiments.Multilabel;

namespace Memorization.Claims.Measurements.Multilabel;

/// <summary>
/// Claim ML-ACC (docs/claims.md#ml-acc): the multilabel logistic regression's bit error on singleton subpopulations is near the
/// Bayes-optimal predictor's and far below the forgetful predictor's (≈ 1/2: a forgotten subpopulation's label vector is
/// independent of what the forgetful learner keeps). Bit errors are per-query fractions of wrong bits, Student-t over queries;
/// the excess and the gap are paired over the same queries (Student-t over the per-query differences). The training bit
/// error is an exact count over the model's own training examples (no interval).
/// </summary>
public sealed class MultilabelAccuracyMeasurement : MultilabelExperimentMeasurement
{
    /// <inheritdoc />
    public override string ClaimId => "ML-ACC";

    /// <inheritdoc />
    public override IReadOnlyList<string> Metrics =>
    [
        "ml_lr_train_bit_error", "ml_lr_fresh_bit_error", "ml_lr_represented_bit_error", "ml_lr_singleton_bit_error",
        "ml_bayes_fresh_bit_error", "ml_bayes_represented_bit_error", "ml_bayes_singleton_bit_error", "ml_forgetful_singleton_bit_error",
        "ml_lr_singleton_excess_bit_error", "ml_lr_forgetful_singleton_gap",
    ];

    /// <inheritdoc />
    protected override IEnumerable<MetricValue> MetricsAt(MultilabelOutcome outcome, double confidence)
    {
        MultilabelHclResult r = outcome.Result;
        yield return MetricValue.Exact("ml_lr_train_bit_error", r.ModelTrainBitError);
        yield return ClaimMetrics.StudentMean("ml_lr_fresh_bit_error", r.Model.Fresh, confidence);
        yield return ClaimMetrics.StudentMean("ml_lr_represented_bit_error", r.Model.Represented, confidence);
        yield return ClaimMetrics.StudentMean("ml_lr_singleton_bit_error", r.Model.Singletons, confidence);
        yield return ClaimMetrics.StudentMean("ml_bayes_fresh_bit_error", r.Bayes.Fresh, confidence);
        yield return ClaimMetrics.StudentMean("ml_bayes_represented_bit_error", r.Bayes.Represented, confidence);
        yield return ClaimMetrics.StudentMean("ml_bayes_singleton_bit_error", r.Bayes.Singletons, confidence);
        yield return ClaimMetrics.StudentMean("ml_forgetful_singleton_bit_error", r.Forgetful.Singletons, confidence);
        yield return ClaimMetrics.StudentMean("ml_lr_singleton_excess_bit_error", Paired(r.Model.Singletons, r.Bayes.Singletons), confidence);
        yield return ClaimMetrics.StudentMean("ml_lr_forgetful_singleton_gap", Paired(r.Forgetful.Singletons, r.Model.Singletons), confidence);
    }

    // Per-query differences on the same queries: the paired samples of the difference of two means.
    private static double[] Paired(double[] first, double[] second) => first.Zip(second, (a, b) => a - b).ToArray();
}
