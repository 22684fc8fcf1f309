using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Singletons;
using Memorization.Claims.Running;
using Memorization.Claims.Specs;
using Memorization.Configuration;

namespace Memorization.Tests.Claims;

public class SingletonFractionMeasurementTests
{
    private static ClaimCase Case(int n, int subpopulations, int replicates, ulong seed = 123, double confidence = 0.999)
    {
        SourceLocation at = SourceLocation.StartOf("claims/SING.yaml");
        var tier = new TierSpec(Tier.Smoke, false,
            [new ClaimParameter("n", $"{n}", at), new ClaimParameter("subpopulations", $"{subpopulations}", at), new ClaimParameter("replicates", $"{replicates}", at)], at);
        var claim = new ClaimSpec("SING", "t", "s", "src", ClaimTask.Both, seed, [confidence], [tier], [], [], at);
        return new ClaimCase(claim, tier, "cpu", seed);
    }

    [Theory]
    [InlineData(1, 5, 1.0)]
    [InlineData(2, 2, 0.5)]
    [InlineData(3, 2, 0.25)]
    [InlineData(2, 1, 0.0)]
    public void TheExpectedFractionIsSumOfWTimesOneMinusWToTheNMinusOne(int n, int subpopulations, double expected) =>
        Assert.Equal(expected, SingletonFractionMeasurement.ExpectedFraction(n, subpopulations), 12);

    [Fact]
    public void TheExpectedFractionTendsToOneOverE() =>
        Assert.Equal(1.0 / Math.E, SingletonFractionMeasurement.ExpectedFraction(100_000, 100_000), 5);

    [Fact]
    public void TheSameSeedGivesTheSameDigestAndAnotherSeedAnother()
    {
        var measurement = new SingletonFractionMeasurement();
        ClaimMeasurementResult a = measurement.Measure(Case(50, 50, 200), null, CancellationToken.None);
        ClaimMeasurementResult b = measurement.Measure(Case(50, 50, 200), null, CancellationToken.None);
        ClaimMeasurementResult c = measurement.Measure(Case(50, 50, 200, seed: 124), null, CancellationToken.None);
        Assert.Equal(ResultDigest.Of(a.Metrics, a.Curves), ResultDigest.Of(b.Metrics, b.Curves));
        Assert.NotEqual(ResultDigest.Of(a.Metrics, a.Curves), ResultDigest.Of(c.Metrics, c.Curves));
    }

    [Fact]
    public void TheIntervalCoversTheFormulaOnASmallInstance()
    {
        // n = N = 4: E = (3/4)^3 = 0.421875. 8,000 replicates; the 99.9% interval misses with probability ≤ 0.1% (fixed seed: not flaky).
        ClaimMeasurementResult result = new SingletonFractionMeasurement().Measure(Case(4, 4, 8000), null, CancellationToken.None);
        MetricValue measured = result.Find(SingletonFractionMeasurement.SingletonFraction, 0.999)!;
        Assert.InRange(0.421875, measured.Lower, measured.Upper);
        Assert.Equal(8000, measured.SampleSize);
        MetricValue gap = result.Find(SingletonFractionMeasurement.AbsoluteGap, 0.999)!;
        Assert.Equal(0.0, gap.Lower);
        Assert.True(gap.Upper < 0.03, $"gap upper bound {gap.Upper}");
    }

    [Fact]
    public void ABiasedSamplerWouldBeCaught()
    {
        // The gap metric must be able to fail: with N = 2n the expected fraction differs from the N = n one by ≈ 0.24.
        ClaimMeasurementResult result = new SingletonFractionMeasurement().Measure(Case(100, 200, 300), null, CancellationToken.None);
        MetricValue measured = result.Find(SingletonFractionMeasurement.SingletonFraction, 0.999)!;
        Assert.True(measured.Lower > SingletonFractionMeasurement.ExpectedFraction(100, 100) + 0.1);
    }

    [Fact]
    public void TooFewReplicatesAreRefusedWithTheReason()
    {
        var ex = Assert.Throws<ClaimParameterException>(() => new SingletonFractionMeasurement().Measure(Case(10, 10, 5), null, CancellationToken.None));
        Assert.Contains("replicates = 5 must be at least 30", ex.Message);
    }

    [Fact]
    public void ProgressEndsAtOne()
    {
        double last = -1;
        new SingletonFractionMeasurement().Measure(Case(10, 10, 300), new SyncProgress(p => last = p), CancellationToken.None);
        Assert.Equal(1.0, last);
    }

    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
