using Memorization.Claims;
using Memorization.Claims.Audit;
using Memorization.Claims.Measurements;
using Memorization.Claims.Running;
using Memorization.Claims.Specs;

namespace Memorization.Tests.Claims.Audit;

public class RunComparisonTests
{
    private static ClaimSpec Claim()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        return ClaimSuiteFixture.Suite(repo).Find("FAKE"); // accuracy: tolerance absolute 0.01; chance: none
    }

    private static ClaimResult Result(double accuracy, double chance = 0.5, Verdict verdict = Verdict.Pass, double curveY = 0.5)
    {
        MetricValue[] metrics = [MetricValue.Exact("chance", chance), new("accuracy", accuracy, accuracy - 0.05, accuracy + 0.05, 0.999, 10)];
        CurveSeries[] curves = [new("fig", "series", "x", "y", [new CurvePoint(0, curveY, curveY, curveY)])];
        return FakeResults.Suite().Claims[0] with { ClaimId = "FAKE", Verdict = verdict, Metrics = metrics, Curves = curves, Digest = ResultDigest.Of(metrics, curves) };
    }

    [Fact]
    public void EqualBitsAreIdentical()
    {
        RunComparison c = RunComparison.Compare(Claim(), Result(0.9), Result(0.9));
        Assert.Equal(RunAgreement.Identical, c.Agreement);
        Assert.StartsWith("digest ", c.Detail);
    }

    [Fact]
    public void TheLastBitIsADifferenceShownWithBothValuesInFull()
    {
        double next = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(0.9) + 1);
        RunComparison c = RunComparison.Compare(Claim(), Result(0.9), Result(next));
        Assert.Equal(RunAgreement.WithinTolerance, c.Agreement);
        Assert.Equal(1, c.DifferingMetrics);
        Assert.StartsWith("first of 1 differing metric value(s): accuracy at 0.999: value 0.9 vs 0.9000000000000001", c.Detail);
    }

    [Fact]
    public void AMetricBeyondItsToleranceIsDifferent()
    {
        RunComparison c = RunComparison.Compare(Claim(), Result(0.9), Result(0.95));
        Assert.Equal(RunAgreement.Different, c.Agreement);
        Assert.Contains("outside tolerance: accuracy 0.9 vs 0.95, |Δ| = ", c.Detail);
    }

    [Fact]
    public void AMetricWithoutToleranceIsReportedButOnlyToleratedMetricsDecide()
    {
        RunComparison c = RunComparison.Compare(Claim(), Result(0.9), Result(0.9, chance: 0.6));
        Assert.Equal(RunAgreement.WithinTolerance, c.Agreement);
        Assert.Contains("chance: value 0.5 vs 0.6", c.Detail);
    }

    [Fact]
    public void AnotherVerdictOrCurveIsDifferent()
    {
        Assert.Equal("verdict PASS vs FAIL", RunComparison.Compare(Claim(), Result(0.9), Result(0.9, verdict: Verdict.Fail)).Detail);
        RunComparison curve = RunComparison.Compare(Claim(), Result(0.9), Result(0.9, curveY: 0.75));
        Assert.Equal(RunAgreement.Different, curve.Agreement);
        Assert.Equal("curve fig/series, point 0 (x = 0): y 0.5 vs 0.75", curve.Detail);
    }
}
