using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Singletons;
using Memorization.Claims.Specs;
using Memorization.Configuration;

namespace Memorization.Tests.Claims;

/// <summary>
/// SING over a range of parameters (docs/engineering.md#claims-as-properties): for every n ∈ [2, 40] and
/// N ∈ [1, 40] drawn, the measured singleton fraction's interval covers Σ_j w_j (1 − w_j)^(n−1).
/// </summary>
/// <remarks>
/// 40 cases, each at confidence 1 − 0.001/40 (Bonferroni): the property fails by chance with probability ≤ 0.1 %
/// when the sampler is right; the replay seed is fixed, so the outcome is deterministic. 400 replicates per case.
/// </remarks>
public class SingletonFractionProperties
{
    private const int Cases = 40;
    private const double Confidence = 1.0 - 0.001 / Cases;

    private static Arbitrary<(int N, int Subpopulations, ulong Seed)> Instances() =>
        (from n in Gen.Choose(2, 40)
         from subpopulations in Gen.Choose(1, 40)
         from seed in Gen.Choose(0, int.MaxValue)
         select (n, subpopulations, (ulong)seed)).ToArbitrary();

    [Property(Replay = "(20260101,31337)", MaxTest = Cases)]
    public Property TheIntervalCoversTheExpectedFraction() =>
        Prop.ForAll(Instances(), instance =>
        {
            SourceLocation at = SourceLocation.StartOf("claims/SING.yaml");
            var tier = new TierSpec(Tier.Smoke, false,
            [
                new ClaimParameter("n", $"{instance.N}", at),
                new ClaimParameter("subpopulations", $"{instance.Subpopulations}", at),
                new ClaimParameter("replicates", "400", at),
            ], at);
            var claim = new ClaimSpec("SING", "t", "s", "src", ClaimTask.Both, instance.Seed, [Confidence], [tier], [], [], at);
            MetricValue measured = new SingletonFractionMeasurement()
                .Measure(new ClaimCase(claim, tier, "cpu", instance.Seed), null, CancellationToken.None)
                .Find(SingletonFractionMeasurement.SingletonFraction, Confidence)!;
            double expected = SingletonFractionMeasurement.ExpectedFraction(instance.N, instance.Subpopulations);
            return (expected >= measured.Lower - 1e-12 && expected <= measured.Upper + 1e-12)
                .Label($"n = {instance.N}, N = {instance.Subpopulations}, seed {instance.Seed}: expected {expected}, interval [{measured.Lower}, {measured.Upper}]");
        });
}
