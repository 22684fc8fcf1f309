using Memorization.Claims.Measurements;
using Memorization.Information;

namespace Memorization.Tests.Claims;

/// <summary>
/// The forgetting gap of SIZE and DP: singleton error − well-represented error over two different query sets, with the
/// Bonferroni interval [L₁ − U₂, U₁ − L₂], each end Clopper–Pearson at 1 − α/2.
/// </summary>
public class IndependentDifferenceTests
{
    private static bool[] Mistakes(int errors, int count) => Enumerable.Range(0, count).Select(i => i < errors).ToArray();

    [Fact]
    public void TheGapIsTheDifferenceOfTheRatesWithClopperPearsonEndsAtHalfTheAlpha()
    {
        MetricValue gap = ClaimMetrics.IndependentDifference("gap", Mistakes(30, 40), Mistakes(3, 20), 0.99);

        Assert.Equal("gap", gap.Name);
        Assert.Equal(0.75 - 0.15, gap.Value, 15);
        (double lower1, double upper1) = ConfidenceBounds.ClopperPearson(30, 40, 0.995);
        (double lower2, double upper2) = ConfidenceBounds.ClopperPearson(3, 20, 0.995);
        Assert.Equal(lower1 - upper2, gap.Lower, 12);
        Assert.Equal(upper1 - lower2, gap.Upper, 12);
        Assert.Equal(0.99, gap.Confidence);
        Assert.Equal(60, gap.SampleSize);
        // Each end spends α/2: the interval is wider than the difference of the two intervals at the full level.
        (double l1, double u1) = ConfidenceBounds.ClopperPearson(30, 40, 0.99);
        (double l2, double u2) = ConfidenceBounds.ClopperPearson(3, 20, 0.99);
        Assert.True(gap.Lower < l1 - u2 && gap.Upper > u1 - l2);
    }

    [Fact]
    public void AllWrongAgainstNoneWrongHasClosedFormEnds()
    {
        // k₁ = n₁, k₂ = 0: upper = 1 − 0; lower = (α/4)^(1/n₁) − (1 − (α/4)^(1/n₂)).
        const double alpha = 0.0001;
        (double lower, double upper) = ConfidenceBounds.IndependentDifference(300, 300, 0, 130, 1.0 - alpha);
        Assert.Equal(1.0, upper);
        Assert.Equal(Math.Pow(alpha / 4.0, 1.0 / 300) - (1.0 - Math.Pow(alpha / 4.0, 1.0 / 130)), lower, 9);
    }

    [Fact]
    public void SwappingTheSamplesNegatesTheInterval()
    {
        (double lower, double upper) = ConfidenceBounds.IndependentDifference(12, 40, 30, 90, 0.95);
        (double swappedLower, double swappedUpper) = ConfidenceBounds.IndependentDifference(30, 90, 12, 40, 0.95);
        Assert.Equal(-upper, swappedLower, 12);
        Assert.Equal(-lower, swappedUpper, 12);
        Assert.True(lower < 12.0 / 40 - 30.0 / 90 && 12.0 / 40 - 30.0 / 90 < upper);
    }

    [Fact]
    public void AnEmptyQuerySetOrImpossibleCountIsRejected()
    {
        Assert.Equal("trials", Assert.Throws<ArgumentOutOfRangeException>(() => ClaimMetrics.IndependentDifference("gap", Mistakes(3, 10), [], 0.95)).ParamName);
        Assert.Equal("successes", Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceBounds.IndependentDifference(11, 10, 0, 5, 0.95)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceBounds.IndependentDifference(1, 10, 0, 5, 1.0));
    }
}
