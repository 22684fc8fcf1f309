using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Memorization.Information;
using Memorization.Tasks;

namespace Memorization.Tests.Tasks;

/// <summary>
/// Distributional properties of the generators (docs/tasks.md). Each case asserts at level 1 − α with
/// α = 1e−4 / MaxTest (Bonferroni over the cases), so a correct generator fails a run with probability ≤ 1e−4
/// per property; the replay seed is fixed, so a run is deterministic.
/// </summary>
public class DataGenerationProperties
{
    private const int Cases = 20;
    private const double Confidence = 1.0 - (1e-4 / Cases);

    private static Arbitrary<(int N, int D, int Subpopulations, double Rho, ulong Seed)> HclCases() =>
        (from n in Gen.Choose(20, 200)
         from d in Gen.Choose(10, 200)
         from subpopulations in Gen.Choose(2, 80)
         from rhoPercent in Gen.Choose(5, 95)
         from seed in Gen.Choose(0, int.MaxValue)
         select (n, d, subpopulations, rhoPercent / 100.0, (ulong)seed)).ToArbitrary();

    [Property(Replay = "(20261129,1)", MaxTest = Cases)]
    public Property HclFixedCoordinatesAreSharedAndTheOthersUniform() =>
        Prop.ForAll(HclCases(), c =>
        {
            var p = new HclParameters(c.N, c.D, c.Subpopulations, c.Rho, testSize: 50);
            HclDataSet data = HclDataSet.Generate(p, c.Seed);
            long plus = 0;
            long unfixed = 0;
            foreach (HclExamples set in new[] { data.Training, data.FreshTest, data.RepresentedTest, data.SingletonTest })
            {
                for (int i = 0; i < set.Rows; i++)
                {
                    int j = set.Labels[i];
                    ReadOnlySpan<sbyte> x = set.Row(i);
                    for (int k = 0; k < c.D; k++)
                    {
                        if (data.Instance.IsFixed(j, k))
                        {
                            Assert.Equal(data.Instance.FixedValues[(j * c.D) + k], x[k]);
                        }
                        else
                        {
                            unfixed++;
                            plus += x[k] == 1 ? 1 : 0;
                        }
                    }
                }
            }
            (double lower, double upper) = ConfidenceBounds.ClopperPearson(plus, unfixed, Confidence);
            Assert.True(lower <= 0.5 && 0.5 <= upper, $"+1 fraction {plus}/{unfixed} excludes ½ at {Confidence}: [{lower}, {upper}]");
            int fixedCount = Enumerable.Range(0, c.Subpopulations).Sum(data.Instance.FixedCount);
            (lower, upper) = ConfidenceBounds.ClopperPearson(fixedCount, (long)c.Subpopulations * c.D, Confidence);
            Assert.True(lower <= c.Rho && c.Rho <= upper, $"fixed fraction {fixedCount}/{c.Subpopulations * c.D} excludes ρ = {c.Rho}: [{lower}, {upper}]");
            return true;
        });

    [Property(Replay = "(777,3)", MaxTest = Cases)]
    public Property NspNoiseRateMatchesP() =>
        Prop.ForAll(
            (from n in Gen.Choose(20, 200)
             from d in Gen.Choose(10, 200)
             from subpopulations in Gen.Choose(2, 80)
             from deltaPercent in Gen.Choose(2, 100)
             from seed in Gen.Choose(0, int.MaxValue)
             select (n, d, subpopulations, deltaPercent / 100.0, (ulong)seed)).ToArbitrary(),
            c =>
            {
                var p = new NspParameters(c.Item1, c.Item2, c.Item3, c.Item4, testSize: 50);
                NspDataSet data = NspDataSet.Generate(p, c.Item5);
                long flips = 0;
                long bits = 0;
                foreach (NspStrings set in new[] { data.Training, data.FreshQueries.Strings, data.RepresentedQueries.Strings })
                {
                    for (int i = 0; i < set.Rows; i++)
                    {
                        for (int t = 0; t < set.Length; t++)
                        {
                            flips += set.Row(i)[t] != data.Instance.Centre(set.Subpopulations[i], t) ? 1 : 0;
                            bits++;
                        }
                    }
                }
                (double lower, double upper) = ConfidenceBounds.ClopperPearson(flips, bits, Confidence);
                Assert.True(lower <= p.NoiseRate && p.NoiseRate <= upper, $"flip rate {flips}/{bits} excludes p = {p.NoiseRate}: [{lower}, {upper}]");
                Assert.All(data.Queries(QuerySplit.Fresh).Positions, t => Assert.InRange(t, 0, c.Item2 - 1));
                return true;
            });

    /// <summary>
    /// Singleton fraction vs Σ_j w_j (1 − w_j)^(n−1) over K independent training assignments (K·n ≈ 2·10^5 draws).
    /// The per-set singleton count S has the exact variance E[S] + n(n−1)·Σ_{j≠k} w_j w_k (1 − w_j − w_k)^(n−2) − E[S]²,
    /// so the pooled fraction (mean of K ≥ 400 i.i.d. sets) is checked with a two-sided normal (CLT) bound at level
    /// 1 − α using that variance.
    /// </summary>
    [Property(Replay = "(31415,9)", MaxTest = Cases)]
    public Property SingletonFractionMatchesTheFormula() =>
        Prop.ForAll(
            // n log-uniform in 5..500 and N = n·2^v, v uniform in [−2, 2]: the regime N ≈ n where singletons are common.
            (from logn in Gen.Choose(0, 100)
             from ratio in Gen.Choose(-20, 20)
             from zipf in Gen.Elements(false, true)
             from exponentTenths in Gen.Choose(5, 15)
             from seed in Gen.Choose(0, int.MaxValue)
             let n = (int)Math.Round(5.0 * Math.Pow(100.0, logn / 100.0))
             select (n, Math.Max(2, (int)Math.Round(n * Math.Pow(2.0, ratio / 10.0))), zipf, exponentTenths / 10.0, (ulong)seed)).ToArbitrary(),
            c =>
            {
                (int n, int subpopulations, bool zipf, double exponent, ulong seed) = c;
                FrequencyPrior prior = zipf ? FrequencyPrior.Zipf(subpopulations, exponent) : FrequencyPrior.Uniform(subpopulations);
                int replicates = Math.Max(400, 200_000 / n);
                Random random = Memorization.Randomness.SeedDerivation.Stream(seed, "tests/singletons");
                long singletons = 0;
                int[] labels = new int[n];
                for (int r = 0; r < replicates; r++)
                {
                    for (int i = 0; i < n; i++)
                    {
                        labels[i] = prior.Sample(random);
                    }
                    singletons += Singletons.Indices(labels, Singletons.Counts(labels, subpopulations)).Length;
                }
                double observed = (double)singletons / ((long)replicates * n);
                double expected = prior.ExpectedSingletonFraction(n);
                double pairs = 0.0;
                for (int j = 0; j < subpopulations; j++)
                {
                    for (int k = 0; k < subpopulations; k++)
                    {
                        double wj = prior.Weights[j];
                        double wk = prior.Weights[k];
                        pairs += j == k || n < 2 ? 0.0 : wj * wk * Math.Pow(Math.Max(0.0, 1.0 - wj - wk), n - 2);
                    }
                }
                double mean = n * expected;
                double variance = Math.Max(0.0, mean + ((double)n * (n - 1) * pairs) - (mean * mean));
                double z = MathNet.Numerics.Distributions.Normal.InvCDF(0.0, 1.0, 1.0 - ((1.0 - Confidence) / 2.0));
                double t = z * Math.Sqrt(variance / replicates) / n;
                Assert.True(Math.Abs(observed - expected) <= t,
                    $"{prior.Name}, N = {subpopulations}, n = {n}: observed {observed:F5}, expected {expected:F5}, allowed ±{t:F5}");
                return true;
            });
}
