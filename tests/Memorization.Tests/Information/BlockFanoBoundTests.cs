using Memorization.Information;

namespace Memorization.Tests.Information;

/// <summary><see cref="FanoBound.FromExactRecoveries"/>: the block Fano bound m·(b·H − h(Pₑ⁺) − Pₑ⁺·b).</summary>
public class BlockFanoBoundTests
{
    [Fact]
    public void WithNoFailureTheUpperRateIsTheClosedFormOneMinusAlphaToTheOneOverM()
    {
        // Zero failures in m trials: the one-sided Clopper–Pearson upper bound solves (1 − P)^m = α.
        const int m = 10;
        const int b = 20;
        const double h = 0.5;
        const double confidence = 0.9;
        double upper = 1.0 - Math.Pow(1.0 - confidence, 1.0 / m);
        FanoBound bound = FanoBound.FromExactRecoveries(0, m, b, h, 1000, confidence);
        Assert.Equal(upper, bound.MeanErrorUpper, 9);
        double expected = m * ((b * h) - Entropy.Binary(upper) - (upper * b));
        Assert.Equal(expected, bound.Bits, 6);
        Assert.Equal(expected / 1000, bound.FractionOfTrainingBits, 9);
        Assert.Equal(m * b, bound.BitCount);
    }

    [Fact]
    public void TheBoundNeverExceedsTheEntropyOfTheScoredBitsAndFallsWithEveryFailure()
    {
        double previous = double.PositiveInfinity;
        for (int failures = 0; failures <= 40; failures++)
        {
            FanoBound bound = FanoBound.FromExactRecoveries(failures, 40, 48, Entropy.Binary(0.05), 4096, 0.9999);
            Assert.InRange(bound.Bits, 0.0, 40 * 48 * Entropy.Binary(0.05));
            Assert.True(bound.Bits <= previous, $"{failures} failures gave {bound.Bits} > {previous}");
            previous = bound.Bits;
        }

        Assert.Equal(0.0, previous);
    }

    [Fact]
    public void TooFewRecoveriesProveNothing()
    {
        // 23 verbatim recoveries at 0.9999: Pₑ⁺ = 0.33 > h(0.05) = 0.286, so no b makes the bound positive.
        Assert.Equal(0.0, FanoBound.FromExactRecoveries(0, 23, 1000, Entropy.Binary(0.05), 100_000, 0.9999).Bits);
        Assert.True(FanoBound.FromExactRecoveries(0, 44, 48, Entropy.Binary(0.05), 4096, 0.9999).Bits > 0.0);
    }

    [Theory]
    [InlineData(-1, 10, 5, 0.5, 0.95, "failures")]
    [InlineData(11, 10, 5, 0.5, 0.95, "failures")]
    [InlineData(0, 0, 5, 0.5, 0.95, "examples")]
    [InlineData(0, 10, 0, 0.5, 0.95, "bitsPerExample")]
    [InlineData(0, 10, 5, 1.5, 0.95, "bitEntropy")]
    [InlineData(0, 10, 5, 0.5, 0.4, "confidence")]
    [InlineData(0, 10, 5, 0.5, 1.0, "confidence")]
    public void BadInputNamesTheParameter(int failures, int examples, int bits, double entropy, double confidence, string parameter)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => FanoBound.FromExactRecoveries(failures, examples, bits, entropy, 100, confidence));
        Assert.Equal(parameter, ex.ParamName);
    }
}
