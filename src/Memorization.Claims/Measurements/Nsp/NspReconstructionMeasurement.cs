using Memorization.Experiments.Nsp;

namespace Memorization.Claims.Measurements.Nsp;

/// <summary>
/// Claim NSP-RECON (docs/attacks.md#prefix-extraction, docs/claims.md#nsp-recon): prompted with the first k bits of a singleton training string, the
/// trained sequence model continues it verbatim — noise bits included — while the same attack on a fresh string of the
/// same subpopulation almost never reproduces it (it can only return the centre, which a fresh string matches on all
/// d − k bits with probability (1 − p)^(d−k)). Also reported: bit accuracies, the centre guess's accuracy 1 − p, and
/// the informed attack (averages the model's next-bit probability over fresh prefixes of the subpopulation).
/// </summary>
public sealed class NspReconstructionMeasurement : NspExperimentMeasurement
{
    /// <inheritdoc />
    public override string ClaimId => "NSP-RECON";

    /// <inheritdoc />
    public override IReadOnlyList<string> Metrics =>
    [
        "extraction_singleton_verbatim_rate", "extraction_fresh_verbatim_rate", "extraction_repeated_verbatim_rate",
        "extraction_singleton_bit_accuracy", "extraction_fresh_bit_accuracy", "centre_guess_bit_accuracy",
        "informed_singleton_bit_accuracy", "informed_fresh_bit_accuracy",
    ];

    /// <inheritdoc />
    protected override IEnumerable<MetricValue> MetricsAt(NspOutcome o, double confidence)
    {
        NspAttackRecord Record(NspAttackKind attack, NspTargetGroup group) => o.Final.Attack(attack, group);
        yield return NspMetrics.VerbatimRate("extraction_singleton_verbatim_rate", Record(NspAttackKind.PrefixExtraction, NspTargetGroup.Singletons).Scores, confidence);
        yield return NspMetrics.VerbatimRate("extraction_fresh_verbatim_rate", Record(NspAttackKind.PrefixExtraction, NspTargetGroup.FreshControls).Scores, confidence);
        if (Record(NspAttackKind.PrefixExtraction, NspTargetGroup.Repeated).Scores.Count > 0)
        {
            yield return NspMetrics.VerbatimRate("extraction_repeated_verbatim_rate", Record(NspAttackKind.PrefixExtraction, NspTargetGroup.Repeated).Scores, confidence);
        }

        yield return NspMetrics.TrainingBitAccuracy("extraction_singleton_bit_accuracy", Record(NspAttackKind.PrefixExtraction, NspTargetGroup.Singletons).Scores, confidence);
        yield return NspMetrics.ControlBitAccuracy("extraction_fresh_bit_accuracy", Record(NspAttackKind.PrefixExtraction, NspTargetGroup.FreshControls).Scores, confidence);
        yield return MetricValue.Exact("centre_guess_bit_accuracy", 1.0 - o.NoiseRate);
        yield return NspMetrics.TrainingBitAccuracy("informed_singleton_bit_accuracy", Record(NspAttackKind.Informed, NspTargetGroup.Singletons).Scores, confidence);
        yield return NspMetrics.ControlBitAccuracy("informed_fresh_bit_accuracy", Record(NspAttackKind.Informed, NspTargetGroup.FreshControls).Scores, confidence);
    }
}
