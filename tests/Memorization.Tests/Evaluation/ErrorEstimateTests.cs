using Memorization.Information;
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
        // Δ = (1, 0, 0, 0, 1, 0): 2 queries where only the model errs, 0 where only Bayes does.
        Assert.Equal(1.0 / 3.0, excess.Excess, 15);
        (double lower10, double upper10) = ConfidenceBounds.ClopperPearson(2, 6, 0.975);
        (double lower01, double upper01) = ConfidenceBounds.ClopperPearson(0, 6, 0.975);
        Assert.Equal(lower10 - upper01, excess.Lower, 12);
        Assert.Equal(upper10 - lower01, excess.Upper, 12);
        Assert.True(excess.Lower < excess.Excess && excess.Excess < excess.Upper);
        Assert.Equal(0.5, excess.Model.Rate, 15);
        Assert.Contains("paired", excess.Method);
        Assert.Contains("same queries", Assert.Throws<ArgumentException>(() => ExcessError.FromMistakes(model, [true], 0.95)).Message);
    }

    [Fact]
    public void TheExactPairedIntervalKeepsItsWidthWhenEveryQueryDisagreesTheSameWay()
    {
        // The forgetful learner misses all 300 singleton queries that Bayes gets right: a Wald interval collapsed to [1, 1].
        bool[] forgetful = Enumerable.Repeat(true, 300).ToArray();
        bool[] bayes = new bool[300];
        ExcessError penalty = ExcessError.FromMistakes(forgetful, bayes, 0.9996);
        Assert.Equal(1.0, penalty.Excess);
        Assert.Equal(1.0, penalty.Upper);
        // Lower end: Clopper–Pearson lower of 300/300 minus upper of 0/300, each at 1 − 0.0004/2.
        double expected = Math.Pow(0.0001, 1.0 / 300) - (1.0 - Math.Pow(0.0001, 1.0 / 300));
        Assert.Equal(expected, penalty.Lower, 9);
        Assert.True(penalty.Lower is > 0.9 and < 1.0);
    }

    [Fact]
    public void ThePairedIntervalRejectsImpossibleCounts() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceBounds.PairedDifference(4, 3, 6, 0.95));
}
