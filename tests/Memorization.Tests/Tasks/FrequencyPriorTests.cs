using Memorization.Tasks;

namespace Memorization.Tests.Tasks;

public class FrequencyPriorTests
{
    [Fact]
    public void ZipfWeightsFollowThePowerLawAndSumToOne()
    {
        FrequencyPrior zipf = FrequencyPrior.Zipf(50, 1.2);
        Assert.Equal(1.0, zipf.Weights.Sum(), 12);
        Assert.Equal(Math.Pow(7.0 / 3.0, -1.2), zipf.Weights[6] / zipf.Weights[2], 12);
    }

    [Fact]
    public void ExpectedSingletonFractionTendsToOneOverE()
    {
        // Σ_j (1/N)(1 − 1/N)^(n−1) = (1 − 1/n)^(n−1) at N = n → 1/e.
        double fraction = FrequencyPrior.Uniform(100_000).ExpectedSingletonFraction(100_000);
        Assert.Equal(1.0 / Math.E, fraction, 4);
        Assert.Equal(1.0, FrequencyPrior.Uniform(7).ExpectedSingletonFraction(1), 12);
    }

    [Fact]
    public void RestrictedSamplingNeverLeavesTheSubset()
    {
        FrequencyPrior prior = FrequencyPrior.Zipf(20, 1.0);
        Func<Random, int> draw = prior.Restricted(j => j % 3 == 1);
        Random random = Memorization.Randomness.SeedDerivation.Stream(5, "tests/restricted");
        Assert.All(Enumerable.Range(0, 2000).Select(_ => draw(random)), j => Assert.Equal(1, j % 3));
        Assert.Throws<ArgumentException>(() => prior.Restricted(_ => false));
    }

    [Fact]
    public void BadArgumentsAreNamed()
    {
        Assert.Equal("subpopulations", Assert.Throws<ArgumentOutOfRangeException>(() => FrequencyPrior.Uniform(0)).ParamName);
        Assert.Equal("exponent", Assert.Throws<ArgumentOutOfRangeException>(() => FrequencyPrior.Zipf(3, -1.0)).ParamName);
    }
}
