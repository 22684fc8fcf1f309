using Memorization.Attacks;
using Memorization.Attacks.Sequence;
using Memorization.Experiments.Nsp;
using Xunit.Abstractions;
using Memorization.Information;

namespace Memorization.Tests.Experiments.Nsp;

/// <summary>
/// End to end on the smoke preset: the model memorizes singletons (loss below h(p)), both attacks recover their
/// noise bits, and the controls show that this comes from the training strings, not from P. Intervals are over
/// per-target fractions (docs/bounds.md#confidence-in-the-bit-error), level stated per test; the run is seeded, so the outcome is fixed.
/// </summary>
public class NspExperimentTests(NspSmokeRun run, ITestOutputHelper output) : IClassFixture<NspSmokeRun>
{
    /// <summary>h(p) in bits.</summary>
    private static double BinaryEntropy(double p) => p <= 0.0 || p >= 1.0 ? 0.0 : -p * Math.Log2(p) - (1.0 - p) * Math.Log2(1.0 - p);

    [Fact]
    public void ReportsTheRun()
    {
        NspExperimentResult r = run.Result;
        output.WriteLine($"parameters {r.ParameterBits / 32}, training {r.TrainingTime.TotalSeconds:F1} s, total {r.TotalTime.TotalSeconds:F1} s, h(p) = {BinaryEntropy(NspSmokeRun.NoiseRate):F4} bits");
        foreach (NspCheckpointRecord c in r.Checkpoints)
        {
            output.WriteLine($"step {c.Step}: loss {c.TrainingLoss:F4} nats, singleton loss {c.SingletonLossBits:F4} bits; " +
                string.Join(", ", c.QueryErrors.Select(kv => $"{kv.Key} {kv.Value:F3}")));
            foreach (NspAttackRecord a in c.Attacks)
            {
                ReconstructionScores s = a.Scores;
                output.WriteLine($"  {a.Attack} {a.Group}: noise {Interval(s, x => x.NoiseBitRecovery(0.99, IntervalMethod.StudentT))}, " +
                    $"bits {Interval(s, x => x.BitAccuracy(0.99, IntervalMethod.StudentT))}, off-centre {Interval(s, x => x.CentreDepartureRate(0.99, IntervalMethod.StudentT))}, " +
                    $"mean error {s.ErrorFractions.DefaultIfEmpty(double.NaN).Average():F4}, {a.Elapsed.TotalSeconds:F2} s");
            }
        }
        foreach (NspAttackKind attack in Enum.GetValues<NspAttackKind>())
        {
            // Fano (docs/bounds.md#fano-bound): I(X; M | P) ≥ B·(h(p) − h(ē⁺)), ē⁺ the 99 % upper bound (one-sided) of the mean bit error.
            ReconstructionScores s = r.Final.Attack(attack, NspTargetGroup.Singletons).Scores;
            double upper = MeanInterval.Of(s.ErrorFractions, 0.98, IntervalMethod.StudentT).Upper;
            double bits = s.Bits.Sum();
            double bound = bits * (BinaryEntropy(NspSmokeRun.NoiseRate) - BinaryEntropy(Math.Min(0.5, upper)));
            output.WriteLine($"Fano {attack}: B = {bits}, ē = {s.ErrorFractions.Average():F4}, ē⁺ = {upper:F4}, bound = {bound:F1} bits " +
                $"({bound / (NspSmokeRun.Strings * NspSmokeRun.Length):P2} of n·d)");
        }
        Assert.Equal([0, 125, 250], r.Steps);
    }

    private static string Interval(ReconstructionScores scores, Func<ReconstructionScores, MeanInterval> interval)
    {
        try
        {
            return interval(scores).ToString();
        }
        catch (ArgumentException)
        {
            return "n/a";
        }
    }

    [Fact]
    public void TheModelMemorizesSingletonStringsBelowTheNoiseEntropy()
    {
        double h = BinaryEntropy(NspSmokeRun.NoiseRate);
        Assert.True(run.Result.SingletonLossBits[0] > h, "an untrained model should not already be below h(p)");
        Assert.True(run.Result.Final.SingletonLossBits < h,
            $"singleton loss {run.Result.Final.SingletonLossBits:F4} bits per bit is not below h(p) = {h:F4}");
    }

    [Theory]
    [InlineData(NspAttackKind.PrefixExtraction)]
    [InlineData(NspAttackKind.Informed)]
    public void NoiseBitsOfSingletonsAreRecoveredFarAboveThoseOfFreshStrings(NspAttackKind attack)
    {
        // Two one-sided statements, each at 99.5 % (Student t over per-target fractions), so both hold
        // together at ≥ 99 % (Bonferroni). Hoeffding's distribution-free interval is ±0.36 at m ≈ 20 targets:
        // too wide for a smoke run; the per-target fractions here are far from normal only at 0 and 1.
        NspCheckpointRecord final = run.Result.Final;
        MeanInterval singletons = final.Attack(attack, NspTargetGroup.Singletons).Scores.NoiseBitRecovery(0.995, IntervalMethod.StudentT);
        MeanInterval fresh = final.Attack(attack, NspTargetGroup.FreshControls).Scores.NoiseBitRecovery(0.995, IntervalMethod.StudentT);
        Assert.True(singletons.Lower > 0.5, $"{attack}: singleton noise-bit recovery {singletons} is not significantly above 1/2");
        Assert.True(singletons.Lower > fresh.Upper, $"{attack}: singletons {singletons} do not beat fresh controls {fresh}");
    }

    [Fact]
    public void FreshControlsAreRecoveredAtTheirChanceLevel()
    {
        // An unseen string's noise bits are independent of the model, so a guess hits one exactly when it leaves
        // the centre there: chance is the guess's rate of leaving the centre, measured on the clean bits (not 1/2:
        // a model that knew only P would never leave the centre). Student t at 99 % for both.
        foreach (NspAttackKind attack in Enum.GetValues<NspAttackKind>())
        {
            ReconstructionScores fresh = run.Result.Final.Attack(attack, NspTargetGroup.FreshControls).Scores;
            MeanInterval noise = fresh.NoiseBitRecovery(0.99, IntervalMethod.StudentT);
            MeanInterval chance = fresh.CentreDepartureRate(0.99, IntervalMethod.StudentT);
            Assert.True(noise.Lower <= chance.Upper && chance.Lower <= noise.Upper, $"{attack}: fresh noise recovery {noise} vs chance {chance}");
        }
    }

    [Fact]
    public void EverySeriesHasOneValuePerCheckpointAndTheFanoInputsAreComplete()
    {
        NspExperimentResult r = run.Result;
        int singletons = run.Counts.Where(c => c == 1).Sum(c => (int)c);
        Assert.Equal(r.Steps.Count, r.TrainingLoss.Count);
        Assert.Equal(r.Steps.Count, r.NoiseBitRecovery(NspAttackKind.Informed, NspTargetGroup.Repeated).Count);
        Assert.Equal(r.Steps.Count, r.QueryError("fresh/m=1").Count);
        ReconstructionScores scores = r.Final.Attack(NspAttackKind.PrefixExtraction, NspTargetGroup.Singletons).Scores;
        Assert.Equal(singletons, scores.Count);
        Assert.All(scores.Bits, b => Assert.Equal(NspSmokeRun.Length - r.PromptLength, b));
        Assert.Equal(NspSmokeRun.Length / 4, r.PromptLength);
    }
}
