using Memorization.Tasks;

namespace Memorization.Tests.Tasks;

public class HclParametersTests
{
    [Fact]
    public void PublishedRhoMatchesThePaper()
    {
        // docs/tasks.md#hcl: ρ ≈ 0.1739 at n = 500, d = 1000, a = 50000 (ρ√d ≈ 5.5).
        double rho = HclParameters.PublishedRho(500, 1000);
        Assert.InRange(rho, 0.17385, 0.17395);
        Assert.InRange(rho * Math.Sqrt(1000), 5.45, 5.55);
        HclParameters paper = HclParameters.Paper;
        Assert.Equal((500, 1000, 500, 500), (paper.TrainingSize, paper.Dimension, paper.Subpopulations, paper.TestSize));
        Assert.True(paper.Prior.IsUniform);
        Assert.Equal(rho, paper.Rho);
    }

    [Theory]
    [InlineData(0, 10, 5, 0.5, "trainingSize", "n must be at least 1")]
    [InlineData(5, 0, 5, 0.5, "dimension", "d must be at least 1")]
    [InlineData(5, 10, 0, 0.5, "subpopulations", "N must be at least 1")]
    [InlineData(5, 10, 5, 1.5, "rho", "must lie in [0, 1]")]
    [InlineData(5, 10, 5, -0.1, "rho", "must lie in [0, 1]")]
    public void BadParametersNameThemselvesAndTheRange(int n, int d, int subpopulations, double rho, string parameter, string message)
    {
        var ex = Assert.Throws<InvalidParameterException>(() => new HclParameters(n, d, subpopulations, rho));
        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void PriorOfAnotherSizeIsRejected()
    {
        var ex = Assert.Throws<InvalidParameterException>(() => new HclParameters(5, 10, 4, 0.2, FrequencyPrior.Uniform(3)));
        Assert.Contains("N = 4", ex.Message);
    }

    [Fact]
    public void PublishedRhoNeedsTwoExamplesAndRejectsRhoAboveOne()
    {
        Assert.Contains("ln ln n", Assert.Throws<InvalidParameterException>(() => HclParameters.PublishedRho(1, 100)).Message);
        Assert.Contains("outside [0, 1]", Assert.Throws<InvalidParameterException>(() => HclParameters.PublishedRho(500, 4)).Message);
    }

    [Fact]
    public void NspParametersValidateDeltaAndGiveTheNoiseRate()
    {
        Assert.Equal(0.05, new NspParameters(10, 10, 10, 0.1).NoiseRate, 15);
        var ex = Assert.Throws<InvalidParameterException>(() => new NspParameters(10, 10, 10, 0.0));
        Assert.Equal("delta", ex.ParamName);
        Assert.Contains("(0, 1]", ex.Message);
    }
}
