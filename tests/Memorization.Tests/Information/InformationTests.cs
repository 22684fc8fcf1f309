using Memorization.Information;

namespace Memorization.Tests.Information;

public class InformationTests
{
    [Fact]
    public void BinaryEntropyHasItsKnownValues()
    {
        Assert.Equal(1.0, Entropy.Binary(0.5), 15);
        Assert.Equal(0.0, Entropy.Binary(0.0));
        Assert.Equal(0.0, Entropy.Binary(1.0));
        Assert.Equal(Entropy.Binary(0.2), Entropy.Binary(0.8), 15);
        Assert.Equal(0.721928094887, Entropy.Binary(0.2), 11);
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => Entropy.Binary(1.5)).ParamName);
        Assert.Equal(2.0, Entropy.Shannon([0.25, 0.25, 0.25, 0.25]), 15);
        Assert.Contains("sum to 1", Assert.Throws<ArgumentException>(() => Entropy.Shannon([0.5, 0.25])).Message);
    }

    [Theory]
    [InlineData(10, 0.95)]
    [InlineData(500, 0.99)]
    public void ClopperPearsonEdgesHaveClosedForms(int n, double confidence)
    {
        double alpha = 1.0 - confidence;
        // k = 0: upper = 1 − (α/2)^(1/n); k = n: lower = (α/2)^(1/n).
        Assert.Equal(1.0 - Math.Pow(alpha / 2.0, 1.0 / n), ConfidenceBounds.ClopperPearson(0, n, confidence).Upper, 9);
        Assert.Equal(Math.Pow(alpha / 2.0, 1.0 / n), ConfidenceBounds.ClopperPearson(n, n, confidence).Lower, 9);
        Assert.Equal(0.0, ConfidenceBounds.ClopperPearson(0, n, confidence).Lower);
        Assert.Equal(1.0, ConfidenceBounds.ClopperPearson(n, n, confidence).Upper);
    }

    [Fact]
    public void ClopperPearsonMatchesAReferenceValue()
    {
        // 12 of 40 at 95%: the Beta quantiles B⁻¹(0.025; 12, 29) and B⁻¹(0.975; 13, 28), cross-checked by bisection on
        // the binomial tails: Pr[Bin(40, lower) ≥ 12] = 0.025 and Pr[Bin(40, upper) ≤ 12] = 0.025.
        (double lower, double upper) = ConfidenceBounds.ClopperPearson(12, 40, 0.95);
        Assert.Equal(0.025, 1.0 - MathNet.Numerics.Distributions.Binomial.CDF(lower, 40, 11), 9);
        Assert.Equal(0.025, MathNet.Numerics.Distributions.Binomial.CDF(upper, 40, 12), 9);
        Assert.InRange(lower, 0.16, 0.17);
        Assert.InRange(upper, 0.46, 0.47);
    }

    [Fact]
    public void HoeffdingUpperBoundIsTheMeanPlusTheMargin()
    {
        double[] samples = [0.1, 0.2, 0.3, 0.4];
        Assert.Equal(0.25 + Math.Sqrt(Math.Log(1.0 / 0.05) / 8.0), ConfidenceBounds.HoeffdingUpper(samples, 0.95), 14);
        Assert.Equal(1.0, ConfidenceBounds.HoeffdingUpper([1.0], 0.95));
        Assert.Contains("At least one sample", Assert.Throws<ArgumentException>(() => ConfidenceBounds.HoeffdingUpper([], 0.95)).Message);
    }

    [Theory]
    [InlineData(0.0, 70, 0.9996)]
    [InlineData(0.01, 70, 0.9996)]
    [InlineData(0.3, 20, 0.95)]
    [InlineData(0.9, 5, 0.99)]
    public void TheChernoffBoundSolvesItsEquationAndIsNeverWiderThanHoeffding(double mean, int m, double confidence)
    {
        double upper = ConfidenceBounds.ChernoffUpper(mean, m, confidence);
        double hoeffding = Math.Min(1.0, mean + ConfidenceBounds.HoeffdingHalfWidth(m, 1.0 - confidence));
        Assert.InRange(upper, mean, hoeffding + 1e-12);
        if (upper < 1.0)
        {
            double first = mean == 0.0 ? 0.0 : mean * Math.Log(mean / upper);
            double kl = first + ((1.0 - mean) * Math.Log((1.0 - mean) / (1.0 - upper)));
            Assert.Equal(Math.Log(1.0 / (1.0 - confidence)), m * kl, 7);
        }
    }

    [Fact]
    public void TheChernoffBoundAtZeroErrorsIsTheExactBinomialOne() =>
        // x̄ = 0: m·ln(1/(1 − q)) = ln(1/α), q = 1 − α^(1/m) — the Clopper–Pearson bound of 0 failures in m trials.
        Assert.Equal(1.0 - Math.Pow(0.0004, 1.0 / 70), ConfidenceBounds.ChernoffUpper(0.0, 70, 0.9996), 9);

    [Fact]
    public void FanoBoundFollowsItsFormulaAndIsClippedAtZero()
    {
        // 10 examples of 100 bits each, all error 0.1: ē⁺ solves 10·KL(0.1 ‖ ē⁺) = ln 20.
        double[] errors = Enumerable.Repeat(0.1, 10).ToArray();
        int[] bits = Enumerable.Repeat(100, 10).ToArray();
        FanoBound bound = FanoBound.FromExampleErrors(errors, bits, 1.0, 50_000, 0.95);
        double upper = bound.MeanErrorUpper;
        double kl = (0.1 * Math.Log(0.1 / upper)) + (0.9 * Math.Log(0.9 / (1.0 - upper)));
        Assert.Equal(Math.Log(20.0), 10 * kl, 8);
        Assert.True(upper < 0.1 + Math.Sqrt(Math.Log(20.0) / 20.0), "never looser than the additive Hoeffding bound");
        Assert.Equal(1000 * (1.0 - Entropy.Binary(upper)), bound.Bits, 9);
        Assert.Equal(bound.Bits / 50_000, bound.FractionOfTrainingBits, 15);
        Assert.Equal(1000, bound.BitCount);
        Assert.Equal(0.95, bound.Confidence);

        // An attack no better than chance proves nothing; NSP's H_bit = h(p) is beaten only below p.
        Assert.Equal(0.0, FanoBound.FromExampleErrors([0.6, 0.7], [10, 10], 1.0, 100, 0.95).Bits);
        Assert.Equal(0.0, FanoBound.FromExactMeanError(100, 0.06, Entropy.Binary(0.05), 100, 1).Bits);
        Assert.True(FanoBound.FromExactMeanError(100, 0.01, Entropy.Binary(0.05), 100, 1).Bits > 0.0);
    }

    [Fact]
    public void FanoBoundRejectsBadInputWithTheFix()
    {
        Assert.Contains("one bit count per attacked example",
            Assert.Throws<ArgumentException>(() => FanoBound.FromExampleErrors([0.1], [1, 2], 1.0, 10, 0.95)).Message);
        Assert.Equal("errorFractions", Assert.Throws<ArgumentOutOfRangeException>(() => FanoBound.FromExampleErrors([1.5], [3], 1.0, 10, 0.95)).ParamName);
        Assert.Equal("bitEntropy", Assert.Throws<ArgumentOutOfRangeException>(() => FanoBound.FromExactMeanError(3, 0.1, 2.0, 10, 1)).ParamName);
    }
}
