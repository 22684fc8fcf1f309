using Memorization.Experiments.Nsp;
using Memorization.Tasks;

namespace Memorization.Claims.Measurements.Nsp;

/// <summary>
/// Claim NSP-IRRELEVANT (docs/tasks.md#relevant-and-irrelevant-bits, docs/attacks.md#controls): the noise bits e of a singleton training string — irrelevant to the task —
/// are recovered from the trained model far more often than the noise bits of a fresh string of the same
/// subpopulation, whose recovery rate is only the rate at which the attack's guess leaves the centre (its chance
/// level, measured on the controls' clean bits; not 1/2 for NSP). Figure: noise-bit recovery of training singletons
/// and both controls against training steps, with the model's excess next-bit error on the right axis.
/// </summary>
public sealed class NspIrrelevantBitsMeasurement : NspExperimentMeasurement
{
    /// <inheritdoc />
    public override string ClaimId => "NSP-IRRELEVANT";

    /// <inheritdoc />
    public override IReadOnlyList<string> Metrics =>
    [
        "extraction_singleton_noise_recovery", "extraction_fresh_noise_recovery", "extraction_repeated_noise_recovery",
        "extraction_fresh_centre_departure", "informed_singleton_noise_recovery", "informed_fresh_noise_recovery",
    ];

    /// <inheritdoc />
    protected override IEnumerable<MetricValue> MetricsAt(NspOutcome o, double confidence)
    {
        NspAttackRecord Record(NspAttackKind attack, NspTargetGroup group) => o.Final.Attack(attack, group);
        yield return NspMetrics.TrainingNoiseRecovery("extraction_singleton_noise_recovery", Record(NspAttackKind.PrefixExtraction, NspTargetGroup.Singletons).Scores, confidence);
        yield return NspMetrics.ControlNoiseRecovery("extraction_fresh_noise_recovery", Record(NspAttackKind.PrefixExtraction, NspTargetGroup.FreshControls).Scores, confidence);
        if (Record(NspAttackKind.PrefixExtraction, NspTargetGroup.Repeated).Scores.NoiseBits.Any(b => b > 0))
        {
            yield return NspMetrics.TrainingNoiseRecovery("extraction_repeated_noise_recovery", Record(NspAttackKind.PrefixExtraction, NspTargetGroup.Repeated).Scores, confidence);
        }

        var fresh = Record(NspAttackKind.PrefixExtraction, NspTargetGroup.FreshControls).Scores;
        yield return NspMetrics.BitRate("extraction_fresh_centre_departure", fresh.CleanBitsOffCentre.Sum(), fresh.CleanBits.Sum(), confidence);
        yield return NspMetrics.TrainingNoiseRecovery("informed_singleton_noise_recovery", Record(NspAttackKind.Informed, NspTargetGroup.Singletons).Scores, confidence);
        yield return NspMetrics.ControlNoiseRecovery("informed_fresh_noise_recovery", Record(NspAttackKind.Informed, NspTargetGroup.FreshControls).Scores, confidence);
    }

    /// <inheritdoc />
    protected override IReadOnlyList<CurveSeries> Curves(NspOutcome o)
    {
        // Three panels, so that no two bands of similar height overlap: what the extraction recovers of training strings,
        // the same reconstructions against the controls, and the informed attack with the model's excess error.
        const string training = "prefix extraction: training strings";
        const string controls = "prefix extraction: controls";
        const string informed = "informed attack; excess error (right axis)";
        return
        [
            NspSeries.NoiseRecovery("nsp-noise-recovery", "training singletons", o, NspAttackKind.PrefixExtraction, NspTargetGroup.Singletons) with
            {
                Panel = training, Title = "NSP-IRRELEVANT: recovery of the noise bits of training strings vs controls, over training",
            },
            NspSeries.NoiseRecovery("nsp-noise-recovery", "training strings of subpopulations seen ≥ 2 times", o, NspAttackKind.PrefixExtraction, NspTargetGroup.Repeated) with { Panel = training },
            NspSeries.NoiseRecovery("nsp-noise-recovery", "fresh strings, same subpopulations (control)", o, NspAttackKind.PrefixExtraction, NspTargetGroup.FreshControls) with { Panel = controls },
            NspSeries.Reference("nsp-noise-recovery", "1/2: coin flip", o, 0.5, "noise-bit recovery") with { Panel = controls },
            NspSeries.NoiseRecovery("nsp-noise-recovery", "training singletons (informed)", o, NspAttackKind.Informed, NspTargetGroup.Singletons) with { Panel = informed },
            NspSeries.ExcessError("nsp-noise-recovery", o, QuerySplit.Singletons) with { Panel = informed },
        ];
    }
}
