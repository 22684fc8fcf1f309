using Memorization.Evaluation;

namespace Memorization.Tests.Evaluation;

public class ErrorEstimateTests
{
    [Fact]
    public void FromCountsGivesTheRateAndAnIntervalAroundIt()
    {
        ErrorEstimate e = ErrorEstimate.FromCounts(12, 40, 0.95);
        Assert.Equal(0.3, e.Rate, 15);
        Assert.True(e.Lower < 0.3 && 0.3 < e.Upper);
        Assert.Equal(0.95, e.Confidence);
    }

    [Fact]
    public void AnEmptyQuerySetHasNoErrorRate()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ErrorEstimate.FromCounts(0, 0, 0.95));
        Assert.Equal("count", ex.ParamName);
        Assert.Contains("query set is empty", ex.Message);
    }

    [Fact]
    public void ExcessErrorPairsTheQueries()
    {
        bool[] model = [true, true, false, false, true, false];
        bool[] bayes = [false, true, false, false, false, false];
        ExcessError excess = ExcessError.FromMistakes(model, bayes, 0.95);
        // Δ = (1, 0, 0, 0, 1, 0): mean ⅓, s² = (2·(⅔)² + 4·(⅓)²)/5 = 4/15.
        Assert.Equal(1.0 / 3.0, excess.Excess, 15);
        double half = 1.959963984540054 * Math.Sqrt(4.0 / 15.0 / 6.0);
        Assert.Equal((1.0 / 3.0) - half, excess.Lower, 9);
        Assert.Equal((1.0 / 3.0) + half, excess.Upper, 9);
        Assert.Equal(0.5, excess.Model.Rate, 15);
        Assert.Contains("paired", excess.Method);
        Assert.Contains("same queries", Assert.Throws<ArgumentException>(() => ExcessError.FromMistakes(model, [true], 0.95)).Message);
    }
}
