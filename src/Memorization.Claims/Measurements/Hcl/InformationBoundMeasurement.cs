using Memorization.Experiments.Hcl;
using Memorization.Information;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>
/// Claim MI-BOUND (docs/bounds.md#the-headline-result, docs/bounds.md#fano-bound): for every accurate learner of the experiment, the Fano bound from its attack
/// on the singletons gives I(X;M|P) ≥ κ·n·d. The bound: B·(1 − h(ē⁺)) over the B unfixed bits of the attacked
/// singletons, ē⁺ a one-sided Chernoff–Hoeffding upper bound on their mean bit error; it is a lower confidence bound on a
/// lower bound of the information, never the information itself.
/// </summary>
public sealed class InformationBoundMeasurement : HclExperimentMeasurement
{
    /// <inheritdoc />
    public override string ClaimId => "MI-BOUND";

    /// <inheritdoc />
    public override IReadOnlyList<string> Metrics =>
        ["lr_information_bound_fraction", "lr_information_bound_bits", "mlp_information_bound_fraction", "mlp_information_bound_bits"];

    /// <inheritdoc />
    protected override IReadOnlyList<HclModelKind> Models => [HclModelKind.LogisticRegression, HclModelKind.Mlp];

    /// <inheritdoc />
    protected override IEnumerable<MetricValue> MetricsAt(IReadOnlyList<HclModelOutcome> outcomes, double confidence)
    {
        foreach (HclModelOutcome o in outcomes)
        {
            FanoBound bound = HclMetrics.Bound(o.FinalAttacked.Attack!, HclMetrics.UnfixedCounts(o), o.Setup.TrainingBits, confidence);
            MetricValue fraction = HclMetrics.BoundFraction($"{o.Prefix}_information_bound_fraction", bound);
            yield return fraction;
            yield return fraction with
            {
                Name = $"{o.Prefix}_information_bound_bits",
                Value = fraction.Value * bound.TrainingBits,
                Lower = fraction.Lower * bound.TrainingBits,
                Upper = fraction.Upper * bound.TrainingBits,
            };
        }
    }

    /// <inheritdoc />
    protected override IReadOnlyList<CurveSeries> Curves(IReadOnlyList<HclModelOutcome> outcomes) =>
        outcomes.Select((o, i) => BoundSeries(o, 0.95) with
        {
            Title = i == 0 ? "MI-BOUND: Fano lower bound on I(X;M|P) ÷ (n·d) from the attack on every singleton, over training" : null,
            Panel = HclMetrics.Panel(o),
        }).ToArray();

    /// <inheritdoc />
    protected override IEnumerable<string> Notes =>
    [
        "bound: I(X;M|P) ≥ B·(1 − h(ē⁺)), B = unfixed bits of the attacked singletons, ē⁺ one-sided Chernoff–Hoeffding over per-example error fractions; reported as a fraction of n·d",
    ];

    /// <summary>
    /// The bound (fraction of n·d) against gradient updates, at every checkpoint whose attack covered every singleton (a
    /// subset's bound counts only its own bits, so it would be a smaller bound, not a noisier one): band from the bound's
    /// lower confidence end to its value.
    /// </summary>
    internal static CurveSeries BoundSeries(HclModelOutcome o, double confidence)
    {
        int[] unfixed = HclMetrics.UnfixedCounts(o);
        var points = o.Run.Recovered.Where(c => c.Recovery!.CoversEverySingleton).Select(c =>
        {
            MetricValue f = HclMetrics.BoundFraction("bound", HclMetrics.Bound(c.Recovery!, unfixed, o.Setup.TrainingBits, confidence));
            return new CurvePoint(c.Step, f.Value, f.Lower, f.Value);
        }).ToArray();
        return new CurveSeries("information-bound", $"{o.Prefix}: I(X;M|P)/(n·d) ≥ (at the {points.Length} checkpoints attacked on every singleton)",
            HclMetrics.StepsLabel, "Fano bound ÷ (n·d)", points);
    }
}
