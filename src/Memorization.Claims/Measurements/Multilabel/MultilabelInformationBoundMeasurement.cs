using Memorization.Claims.Measurements.Hcl;
using Memorization.Information;

namespace Memorization.Claims.Measurements.Multilabel;

/// <summary>
/// Claim ML-MI-BOUND (docs/claims.md#ml-mi-bound): the Fano bound from the sign attack on the singletons of the multilabel
/// logistic regression, computed exactly as MI-BOUND computes it (<see cref="HclMetrics.Bound(Attacks.RecoveryMeasurement, IReadOnlyList{int}, long, double)"/>):
/// I(X;M|P) ≥ B·(1 − h(ē⁺)) over the B unfixed bits of the singletons, ē⁺ a one-sided Chernoff–Hoeffding upper bound on
/// their mean bit error, reported as a fraction of n·d.
/// </summary>
public sealed class MultilabelInformationBoundMeasurement : MultilabelExperimentMeasurement
{
    /// <inheritdoc />
    public override string ClaimId => "ML-MI-BOUND";

    /// <inheritdoc />
    public override IReadOnlyList<string> Metrics => ["ml_lr_information_bound_fraction", "ml_lr_information_bound_bits"];

    /// <inheritdoc />
    protected override IEnumerable<MetricValue> MetricsAt(MultilabelOutcome outcome, double confidence)
    {
        FanoBound bound = HclMetrics.Bound(outcome.Result.Sign.Targets, outcome.Result.UnfixedCounts, outcome.Result.TrainingBits, confidence);
        MetricValue fraction = HclMetrics.BoundFraction("ml_lr_information_bound_fraction", bound);
        yield return fraction;
        yield return fraction with
        {
            Name = "ml_lr_information_bound_bits",
            Value = fraction.Value * bound.TrainingBits,
            Lower = fraction.Lower * bound.TrainingBits,
            Upper = fraction.Upper * bound.TrainingBits,
        };
    }

    /// <inheritdoc />
    protected override IEnumerable<string> Notes =>
    [
        "bound: I(X;M|P) ≥ B·(1 − h(ē⁺)), B = unfixed bits of the attacked singletons, ē⁺ one-sided Chernoff–Hoeffding over per-example error fractions; reported as a fraction of n·d",
    ];
}
