using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Memorization.Information;
using Memorization.Learners.Bayes;
using Memorization.Learners.Simple;
using Memorization.Tasks;
using Memorization.Experiments.Exact;

namespace Memorization.Tests.Information;

/// <summary>
/// The chain 0 ≤ Fano bound ≤ exact I(X;M|P) ≤ H(X|P) on tiny instances (docs/bounds.md#exact-information), all exact (enumeration), for
/// several deterministic learners, a table-reading attack and a noisy version of it; plus the two ends: a constant
/// learner holds 0 bits, and a learner whose table determines the data holds all of H(X|P).
/// </summary>
public class ExactInformationProperties
{
    private const double Tolerance = 1e-9;

    private static void AssertChain(ExactInformation x, string what)
    {
        Assert.True(x.FanoBound >= 0.0, $"{what}: Fano {x.FanoBound} < 0");
        Assert.True(x.FanoBound <= x.ModelInformation + Tolerance, $"{what}: Fano {x.FanoBound:R} > I {x.ModelInformation:R}");
        Assert.True(x.ModelInformation <= x.DataEntropy + Tolerance, $"{what}: I {x.ModelInformation:R} > H {x.DataEntropy:R}");
    }

    [Property(Replay = "(161803,39)", MaxTest = 12)]
    public Property HclChainHolds() =>
        Prop.ForAll(
            (from n in Gen.Choose(1, 3)
             from d in Gen.Choose(2, 3)
             from subpopulations in Gen.Choose(2, 3)
             from rhoTenths in Gen.Choose(1, 8)
             from zipf in Gen.Elements(false, true)
             from seed in Gen.Choose(0, int.MaxValue)
             select (n, d, subpopulations, rhoTenths / 10.0, zipf, (ulong)seed)).ToArbitrary(),
            c =>
            {
                FrequencyPrior prior = c.Item5 ? FrequencyPrior.Zipf(c.Item3, 1.0) : FrequencyPrior.Uniform(c.Item3);
                var p = new HclParameters(c.Item1, c.Item2, c.Item3, c.Item4, prior, testSize: 0);
                HclInstance instance = HclInstance.Generate(p, c.Item6);
                // H(X|P) in closed form: n·(H(w) + Σ_j w_j·u_j), u_j the unfixed coordinates of j.
                double closed = p.TrainingSize * (Entropy.Shannon(p.Prior.Weights)
                    + Enumerable.Range(0, p.Subpopulations).Sum(j => p.Prior.Weights[j] * (p.Dimension - instance.FixedCount(j))));
                foreach ((string name, Func<HclExamples, IHclClassifier> learner) in new (string, Func<HclExamples, IHclClassifier>)[]
                {
                    ("bayes", x => HclBayesOptimal.Fit(p, x)),
                    ("forgetful", x => HclBayesOptimal.FitForgetful(p, x)),
                    ("nearest-neighbour", x => new HclNearestNeighbour(x, p.Subpopulations)),
                })
                {
                    // The noisy attack (bits flipped with probability η, handled exactly) only for the Bayes learner, to save time.
                    foreach (double flip in name == "bayes" ? new[] { 0.0, 0.2 } : [0.0])
                    {
                        ExactInformation x = ExactHclInformation.Compute(instance, learner, TableAttacks.HclRegionMajority, flip);
                        AssertChain(x, $"{p} {name} flip {flip}");
                        Assert.Equal(closed, x.DataEntropy, 9);
                    }
                }
                ExactInformation constant = ExactHclInformation.Compute(instance, _ => new HclConstant(0, p.Dimension, p.Subpopulations), TableAttacks.HclRegionMajority);
                Assert.Equal(0.0, constant.ModelInformation, 12);
                Assert.Equal(0.0, constant.FanoBound, 12);
                return true;
            });

    [Property(Replay = "(141421,57)", MaxTest = 8)]
    public Property NspChainHolds() =>
        Prop.ForAll(
            (from n in Gen.Choose(1, 3)
             from d in Gen.Choose(2, 3)
             from subpopulations in Gen.Choose(1, 3)
             from deltaTenths in Gen.Choose(1, 6)
             from zipf in Gen.Elements(false, true)
             from seed in Gen.Choose(0, int.MaxValue)
             select (n, d, subpopulations, deltaTenths / 10.0, zipf, (ulong)seed)).ToArbitrary(),
            c =>
            {
                FrequencyPrior prior = c.Item5 ? FrequencyPrior.Zipf(c.Item3, 1.0) : FrequencyPrior.Uniform(c.Item3);
                var p = new NspParameters(c.Item1, c.Item2, c.Item3, c.Item4, prior, testSize: 0);
                NspInstance instance = NspInstance.Generate(p, c.Item6);
                double closed = p.TrainingSize * (Entropy.Shannon(p.Prior.Weights) + (p.Length * Entropy.Binary(p.NoiseRate)));
                foreach ((string name, Func<NspStrings, INspPredictor> learner) in new (string, Func<NspStrings, INspPredictor>)[]
                {
                    ("bayes", x => NspBayesOptimal.Fit(p, x)),
                    ("forgetful", x => NspBayesOptimal.FitForgetful(p, x)),
                    ("nearest-neighbour", x => new NspNearestNeighbour(x)),
                })
                {
                    foreach (double flip in name == "bayes" ? new[] { 0.0, 0.1 } : [0.0])
                    {
                        ExactInformation x = ExactNspInformation.Compute(instance, learner, TableAttacks.NspGreedyDecode, flip);
                        AssertChain(x, $"{p} {name} flip {flip}");
                        Assert.Equal(closed, x.DataEntropy, 9);
                    }
                }
                Assert.Equal(0.0, ExactNspInformation.Compute(instance, _ => new NspConstant(p.Length, 0.7)).ModelInformation, 12);
                return true;
            });

    [Fact]
    public void BayesWithOneExampleMemorisesAllOfIt()
    {
        // n = 1, d = 4, N = 2, uniform, ρ = ½ (f = ρ for m = 1): the Bayes table labels J₁ exactly where
        // A·ln 1.5 + (4 − A)·ln 0.5 > 0 for A agreeing coordinates, i.e. A ≥ 3, the Hamming ball of radius 1 around x₁
        // (5 of 16 points; its complement is no ball, so the labels cannot be swapped). The table determines (J₁, x₁):
        // I(X;M|P) = H(X|P) = H(J) + E[unfixed bits] = 1 + ½·3 + ½·4.
        var p = new HclParameters(1, 4, 2, 0.5, testSize: 0);
        var instance = HclInstance.FromMasks(p, [true, false, false, false, false, false, false, false], [1, 0, 0, 0, 0, 0, 0, 0]);
        ExactInformation x = ExactHclInformation.Compute(instance, t => HclBayesOptimal.Fit(p, t), TableAttacks.HclRegionMajority);
        Assert.Equal(4.5, x.DataEntropy, 12);
        Assert.Equal(x.DataEntropy, x.ModelInformation, 9);
        // The region-majority attack reads x₁ back exactly (4 of the 5 ball points agree with x₁ on each coordinate).
        Assert.Equal(0.0, x.MeanAttackError, 12);
        Assert.Equal((0.5 * 3) + (0.5 * 4), x.FanoBound, 9);
        // Forgetting the singleton keeps nothing.
        Assert.Equal(0.0, ExactHclInformation.Compute(instance, t => HclBayesOptimal.FitForgetful(p, t)).ModelInformation, 12);
    }

    [Fact]
    public void ASymmetricTableLosesTheLabel()
    {
        // d = 3: the radius-1 ball around x₁ and its complement (the ball around −x₁) are swapped by relabelling, so
        // (J₁ = 0, x₁) and (J₁ = 1, −x₁) give one table: the exact information falls short of H(X|P) = 3.5.
        var p = new HclParameters(1, 3, 2, 0.5, testSize: 0);
        var instance = HclInstance.FromMasks(p, [true, false, false, false, false, false], [1, 0, 0, 0, 0, 0]);
        ExactInformation x = ExactHclInformation.Compute(instance, t => HclBayesOptimal.Fit(p, t));
        Assert.Equal(3.5, x.DataEntropy, 12);
        // Four merged tables of probability ⅛ + 1/16 and four single ones of 1/16: 4·(3/16)·log₂(16/3) + 4·(1/16)·4.
        Assert.Equal((0.75 * Math.Log2(16.0 / 3.0)) + 1.0, x.ModelInformation, 9);
    }

    [Fact]
    public void TooLargeInstancesAreRefusedWithTheLimit()
    {
        var p = new HclParameters(8, 8, 8, 0.1, testSize: 0);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ExactHclInformation.Compute(HclInstance.Generate(p, 1), t => HclBayesOptimal.Fit(p, t)));
        Assert.Contains("Too large to enumerate", ex.Message);
    }
}
