using Memorization.Claims.Measurements;
using Memorization.Claims.Running;
using Memorization.Claims.Specs;

namespace Memorization.Tests.Claims;

public class AssertionEvaluatorTests
{
    private static readonly SourceLocation Here = SourceLocation.StartOf("claims/T.yaml");

    private static ClaimMeasurementResult Result(params MetricValue[] metrics) => new(metrics, [], []);

    private static AssertionSpec Assertion(string comparator, double? value, string? metric = null) =>
        ComparatorText.TryParse(comparator, out Comparator c) ? new AssertionSpec("recovery", c, value, metric, 0.99, Here) : throw new ArgumentException(comparator);

    private static readonly MetricValue Recovery = new("recovery", 0.80, 0.70, 0.90, 0.99, 100);

    [Theory]
    [InlineData(">", 0.69, true)]
    [InlineData(">", 0.70, false)]
    [InlineData(">=", 0.70, true)]
    [InlineData(">=", 0.75, false)]
    [InlineData("<", 0.91, true)]
    [InlineData("<", 0.90, false)]
    [InlineData("<=", 0.90, true)]
    [InlineData("<=", 0.85, false)]
    public void GreaterUsesTheLowerBoundAndLessTheUpperBound(string comparator, double threshold, bool passes)
    {
        AssertionOutcome outcome = AssertionEvaluator.Evaluate(Assertion(comparator, threshold), Result(Recovery));
        Assert.Equal(passes, outcome.Passed);
        Assert.Equal(comparator.StartsWith('>') ? 0.70 : 0.90, outcome.Bound);
    }

    [Fact]
    public void AStraddlingIntervalIsExplained()
    {
        AssertionOutcome outcome = AssertionEvaluator.Evaluate(Assertion(">", 0.75), Result(Recovery));
        Assert.False(outcome.Passed);
        Assert.Contains("lower bound 0.7 > 0.75 does NOT hold", outcome.Message);
        Assert.Contains("the interval straddles the threshold", outcome.Message);
    }

    [Fact]
    public void AMetricThresholdUsesItsOppositeBound()
    {
        var chance = new MetricValue("chance", 0.6, 0.55, 0.68, 0.99, 100);
        Assert.True(AssertionEvaluator.Evaluate(Assertion(">", null, "chance"), Result(Recovery, chance)).Passed);
        var closeChance = chance with { Upper = 0.72 };
        AssertionOutcome outcome = AssertionEvaluator.Evaluate(Assertion(">", null, "chance"), Result(Recovery, closeChance));
        Assert.False(outcome.Passed);
        Assert.Equal(0.72, outcome.ThresholdValue);
        Assert.Contains("chance's upper bound 0.72", outcome.Message);
    }

    [Fact]
    public void AMetricReportedAtAnotherConfidenceDoesNotCount()
    {
        AssertionOutcome outcome = AssertionEvaluator.Evaluate(Assertion(">", 0.5), Result(Recovery with { Confidence = 0.95 }));
        Assert.False(outcome.Passed);
        Assert.Contains("did not report recovery at confidence 0.99", outcome.Message);
    }

    [Fact]
    public void AnExactValueServesEveryConfidence() =>
        Assert.True(AssertionEvaluator.Evaluate(Assertion(">", 0.5), Result(MetricValue.Exact("recovery", 0.6))).Passed);
}
