using Memorization.Information;

namespace Memorization.Tests.Information;

public class MeanIntervalTests
{
    [Fact]
    public void HoeffdingHalfWidthIsSqrtLnTwoOverAlphaOverTwoM()
    {
        double[] values = Enumerable.Repeat(0.5, 50).ToArray();
        MeanInterval i = MeanInterval.Of(values, 0.99, IntervalMethod.Hoeffding);
        double half = Math.Sqrt(Math.Log(2.0 / 0.01) / 100.0);
        Assert.Equal(0.5 - half, i.Lower, 12);
        Assert.Equal(0.5 + half, i.Upper, 12);
    }

    [Fact]
    public void StudentTMatchesTheTabledQuantile()
    {
        // mean 0.4, s = 0.2, m = 3: t_{0.975, 2} = 4.302653 → half-width 0.496828.
        MeanInterval i = MeanInterval.Of([0.2, 0.4, 0.6], 0.95, IntervalMethod.StudentT);
        Assert.Equal(0.0, i.Lower, 12);
        Assert.Equal(0.4 + 4.302653 * 0.2 / Math.Sqrt(3.0), i.Upper, 5);
    }

    [Fact]
    public void EmptyOrOutOfRangeValuesAreRefused()
    {
        Assert.Contains("no example", Assert.Throws<ArgumentException>(() => MeanInterval.Of([], 0.99, IntervalMethod.Hoeffding)).Message);
        Assert.Throws<ArgumentException>(() => MeanInterval.Of([1.5], 0.99, IntervalMethod.Hoeffding));
        Assert.Throws<ArgumentOutOfRangeException>(() => MeanInterval.Of([0.5], 1.0, IntervalMethod.Hoeffding));
    }
}
