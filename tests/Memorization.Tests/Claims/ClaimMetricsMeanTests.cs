using Memorization.Claims.Measurements;

namespace Memorization.Tests.Claims;

public class ClaimMetricsMeanTests
{
    [Fact]
    public void EmpiricalBernsteinStaysWideWhenEverySampleIsZero()
    {
        // ln(4/0.001) = 8.294; 7·8.294/(3·99) = 0.1955: a rare event unseen in 100 replicates is not ruled out.
        MetricValue value = ClaimMetrics.EmpiricalBernsteinMean("f", Enumerable.Repeat(0.0, 100).ToArray(), 0.999);
        Assert.Equal(0.0, value.Lower);
        Assert.Equal(7.0 * Math.Log(4000.0) / 297.0, value.Upper, 12);
    }

    [Fact]
    public void EmpiricalBernsteinMatchesItsFormula()
    {
        double[] samples = Enumerable.Range(0, 1000).Select(i => i % 2 == 0 ? 0.25 : 0.75).ToArray();
        MetricValue value = ClaimMetrics.EmpiricalBernsteinMean("f", samples, 0.99);
        double variance = 0.0625 * 1000 / 999;
        double half = Math.Sqrt(2 * variance * Math.Log(400.0) / 1000) + 7 * Math.Log(400.0) / (3 * 999.0);
        Assert.Equal(0.5 - half, value.Lower, 12);
        Assert.Equal(0.5 + half, value.Upper, 12);
        Assert.Equal(0.99, value.Confidence);
        Assert.Equal(1000, value.SampleSize);
    }

    [Fact]
    public void EmpiricalBernsteinRefusesSamplesOutsideTheUnitInterval() =>
        Assert.Contains("samples in [0, 1]", Assert.Throws<ArgumentException>(() => ClaimMetrics.EmpiricalBernsteinMean("f", Enumerable.Repeat(1.5, 50).ToArray(), 0.9)).Message);

    [Fact]
    public void TheNormalIntervalRefusesTooFewSamples() =>
        Assert.Contains("too few", Assert.Throws<ArgumentException>(() => ClaimMetrics.NormalMean("f", [0.1, 0.2], 0.9)).Message);

    [Fact]
    public void TheAbsoluteGapCarriesTheIntervalOver()
    {
        var estimate = new MetricValue("f", 0.40, 0.38, 0.42, 0.99, 100);
        MetricValue inside = ClaimMetrics.AbsoluteGap("g", estimate, 0.41);
        Assert.Equal((0.01, 0.0, 0.03), (Math.Round(inside.Value, 12), inside.Lower, Math.Round(inside.Upper, 12)));
        MetricValue outside = ClaimMetrics.AbsoluteGap("g", estimate, 0.45);
        Assert.Equal((0.05, 0.03, 0.07), (Math.Round(outside.Value, 12), Math.Round(outside.Lower, 12), Math.Round(outside.Upper, 12)));
    }
}
