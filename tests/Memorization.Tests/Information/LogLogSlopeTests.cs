using Memorization.Information;

namespace Memorization.Tests.Information;

/// <summary><see cref="LogLogSlope"/>: the SCALING claim's power-law exponent and its interval over replicates.</summary>
public class LogLogSlopeTests
{
    private static readonly double[] Sizes = [20_000, 80_000, 320_000];

    [Theory]
    [InlineData(1.0, 0.25)]
    [InlineData(1.5, 3.0)]
    [InlineData(0.5, 1.0)]
    public void AnExactPowerLawGivesItsExponentWhateverTheConstant(double exponent, double constant)
    {
        double[] y = Sizes.Select(x => constant * Math.Pow(x, exponent)).ToArray();
        Assert.Equal(exponent, LogLogSlope.Fit(Sizes, y), 12);
    }

    [Fact]
    public void AnOffsetLinearSeriesIsNotReadAsSlopeOneAndAConstantIsSlopeZero()
    {
        // y = x − c bends away from slope 1 at small x: the fit must see it, not return 1 for every increasing series.
        double[] y = Sizes.Select(x => x - 15_000).ToArray();
        Assert.True(LogLogSlope.Fit(Sizes, y) > 1.0);
        double[] constant = Sizes.Select(_ => 5_000.0).ToArray();
        Assert.Equal(0.0, LogLogSlope.Fit(Sizes, constant), 12);
    }

    [Fact]
    public void TheIntervalIsTheStudentIntervalOfThePerReplicateSlopes()
    {
        // Three replicates with exponents 0.9, 1.0, 1.1: mean 1, s = 0.1, t(2, 0.975) = 4.302653 at 95 %.
        IReadOnlyList<double>[] replicates = new[] { 0.9, 1.0, 1.1 }
            .Select(s => (IReadOnlyList<double>)Sizes.Select(x => 7.0 * Math.Pow(x, s)).ToArray()).ToArray();
        (double mean, double lower, double upper, double[] slopes) = LogLogSlope.OverReplicates(Sizes, replicates, 0.95);
        Assert.Equal([0.9, 1.0, 1.1], slopes.Select(s => Math.Round(s, 12)));
        double half = 4.302653 * 0.1 / Math.Sqrt(3);
        Assert.Equal(1.0, mean, 12);
        Assert.Equal(1.0 - half, lower, 5);
        Assert.Equal(1.0 + half, upper, 5);
    }

    [Fact]
    public void ABoundOfZeroBitsOrOneSizeIsRefusedWithTheReason()
    {
        var zero = Assert.Throws<ArgumentException>(() => LogLogSlope.Fit(Sizes, [1.0, 0.0, 2.0]));
        Assert.Contains("values > 0", zero.Message, StringComparison.Ordinal);
        var same = Assert.Throws<ArgumentException>(() => LogLogSlope.Fit([5.0, 5.0], [1.0, 2.0]));
        Assert.Contains("two different sizes", same.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => LogLogSlope.OverReplicates(Sizes, [Sizes], 0.95));
    }
}
