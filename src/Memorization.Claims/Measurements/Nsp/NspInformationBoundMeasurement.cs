using Memorization.Experiments.Nsp;
using Memorization.Information;

namespace Memorization.Claims.Measurements.Nsp;

/// <summary>
/// Claim NSP-MI-BOUND (docs/bounds.md#the-headline-result, docs/bounds.md#block-bound): the trained sequence model holds I(X;M|P) ≥ κ·n·d·h(p) bits about its
/// training set, h(p) the entropy of one training bit given P and its subpopulation. Two lower bounds from the
/// extraction attack on the singleton training strings (scored bits after the prompt, independent of it given P, J):
/// the block Fano bound from verbatim recoveries (asserted) and the per-bit bound of docs/bounds.md#fano-bound, B·(h(p) − h(ē⁺)),
/// which is positive only when the upper confidence bound ē⁺ falls below p.
/// </summary>
public sealed class NspInformationBoundMeasurement : NspExperimentMeasurement
{
    /// <inheritdoc />
    public override string ClaimId => "NSP-MI-BOUND";

    /// <inheritdoc />
    public override IReadOnlyList<string> Metrics =>
    [
        "block_bound_fraction", "block_bound_bits", "bitwise_bound_fraction", "bitwise_bound_bits", "training_set_entropy_bits",
    ];

    /// <inheritdoc />
    protected override IEnumerable<MetricValue> MetricsAt(NspOutcome o, double confidence)
    {
        NspAttackRecord singletons = o.Final.Attack(NspAttackKind.PrefixExtraction, NspTargetGroup.Singletons);
        double entropy = o.Setup.TrainingBits * Entropy.Binary(o.NoiseRate);
        MetricValue block = NspMetrics.BlockBoundFraction("block_bound_fraction", NspMetrics.BlockBound(singletons, o.NoiseRate, o.Setup.TrainingBits, confidence));
        MetricValue bitwise = NspMetrics.BitwiseBoundFraction("bitwise_bound_fraction", NspMetrics.BitwiseBound(singletons, o.NoiseRate, o.Setup.TrainingBits, confidence));
        yield return block;
        yield return Scaled("block_bound_bits", block, entropy);
        yield return bitwise;
        yield return Scaled("bitwise_bound_bits", bitwise, entropy);
        yield return MetricValue.Exact("training_set_entropy_bits", entropy);
    }

    /// <inheritdoc />
    protected override IEnumerable<string> Notes =>
    [
        "block bound: m·(b·h(p) − h(Pₑ⁺) − Pₑ⁺·b) over the m singletons' b = d − k scored bits, Pₑ⁺ one-sided Clopper–Pearson on the verbatim-failure rate; " +
        "per-bit bound: B·(h(p) − h(ē⁺)), ē⁺ one-sided Chernoff–Hoeffding over per-string error fractions; both as fractions of n·d·h(p)",
    ];

    private static MetricValue Scaled(string name, MetricValue fraction, double scale) =>
        fraction with { Name = name, Value = fraction.Value * scale, Lower = fraction.Lower * scale, Upper = fraction.Upper * scale };
}
