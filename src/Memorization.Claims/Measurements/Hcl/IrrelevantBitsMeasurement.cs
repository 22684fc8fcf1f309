using Memorization.Experiments.Hcl;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>
/// Claim IRRELEVANT (docs/tasks.md#relevant-and-irrelevant-bits): on the irrelevant (unfixed, pure-noise) coordinates, the attacks recover the
/// singleton *training* examples far above 1/2, while the same reconstructions compared with *fresh* examples of
/// the same subpopulations stay at 1/2 (the control: the noise of a fresh example cannot be in the model).
/// Both trained models, final checkpoint; also the informed attack where it ran.
/// </summary>
public sealed class IrrelevantBitsMeasurement : HclExperimentMeasurement
{
    /// <inheritdoc />
    public override string ClaimId => "IRRELEVANT";

    /// <inheritdoc />
    public override IReadOnlyList<string> Metrics =>
    [
        "lr_irrelevant_recovery", "lr_fresh_control_irrelevant_recovery", "lr_fresh_control_gap",
        "mlp_irrelevant_recovery", "mlp_fresh_control_irrelevant_recovery", "mlp_fresh_control_gap",
        "lr_informed_irrelevant_recovery", "mlp_informed_irrelevant_recovery",
    ];

    /// <inheritdoc />
    protected override IReadOnlyList<HclModelKind> Models => [HclModelKind.LogisticRegression, HclModelKind.Mlp];

    /// <inheritdoc />
    protected override IEnumerable<MetricValue> MetricsAt(IReadOnlyList<HclModelOutcome> outcomes, double confidence)
    {
        foreach (HclModelOutcome o in outcomes)
        {
            HclAttackRecord attack = o.FinalAttacked.Attack!;
            yield return ClaimMetrics.StudentMean($"{o.Prefix}_irrelevant_recovery", attack.Targets.IrrelevantBits, confidence);
            MetricValue fresh = ClaimMetrics.StudentMean($"{o.Prefix}_fresh_control_irrelevant_recovery", attack.FreshControls.IrrelevantBits, confidence);
            yield return fresh;
            yield return ClaimMetrics.AbsoluteGap($"{o.Prefix}_fresh_control_gap", fresh, 0.5);
            if (attack.InformedTargets is { } informed)
            {
                yield return ClaimMetrics.StudentMean($"{o.Prefix}_informed_irrelevant_recovery", informed.IrrelevantBits, confidence);
            }
        }
    }

    /// <inheritdoc />
    protected override IReadOnlyList<CurveSeries> Curves(IReadOnlyList<HclModelOutcome> outcomes)
    {
        const string y = "irrelevant-bit recovery error";
        const string title = "IRRELEVANT: recovery error on the irrelevant coordinates, training singletons vs fresh examples (control)";
        return outcomes.SelectMany((o, i) => new[]
        {
            HclMetrics.RecoveryErrorSeries("irrelevant", "training singletons", o.Run, a => a.Targets, irrelevantOnly: true, y) with
            {
                Panel = HclMetrics.Panel(o), Title = i == 0 ? title : null,
            },
            HclMetrics.RecoveryErrorSeries("irrelevant", "fresh example of the same subpopulation (control)", o.Run, a => a.FreshControls, irrelevantOnly: true, y) with
            {
                Panel = HclMetrics.Panel(o),
            },
            HclMetrics.Reference("irrelevant", "1/2: coin flip", o.Run, 0.5, y) with { Panel = HclMetrics.Panel(o) },
        }).ToArray();
    }
}
