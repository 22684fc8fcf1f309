using Memorization.Claims.Measurements;
using Memorization.Information;

namespace Memorization.Tests.Claims;

/// <summary>
/// MULTIPLICITY's drop: the mean of one group of per-subpopulation fractions − another's, with the Bonferroni interval
/// [L₁ − U₂, U₁ − L₂], each end a Student-t interval at 1 − α/2.
/// </summary>
public class StudentDifferenceTests
{
    private static readonly double[] Singletons = [0.99, 0.98, 1.0, 0.97, 0.99];
    private static readonly double[] Represented = [0.74, 0.70, 0.78, 0.72];

    [Fact]
    public void TheDropIsTheDifferenceOfTheMeansWithStudentEndsAtHalfTheAlpha()
    {
        MetricValue drop = ClaimMetrics.StudentDifference("drop", Singletons, Represented, 0.99);

        (double mean1, double lower1, double upper1) = ConfidenceBounds.StudentMean(Singletons, 0.995);
        (double mean2, double lower2, double upper2) = ConfidenceBounds.StudentMean(Represented, 0.995);
        Assert.Equal(mean1 - mean2, drop.Value, 15);
        Assert.Equal(lower1 - upper2, drop.Lower, 12);
        Assert.Equal(upper1 - lower2, drop.Upper, 12);
        Assert.Equal(0.99, drop.Confidence);
        Assert.Equal(9, drop.SampleSize);
        // Each end spends α/2: wider than the difference of the two intervals at the full level.
        (_, double l1, double u1) = ConfidenceBounds.StudentMean(Singletons, 0.99);
        (_, double l2, double u2) = ConfidenceBounds.StudentMean(Represented, 0.99);
        Assert.True(drop.Lower < l1 - u2 && drop.Upper > u1 - l2);
    }

    [Fact]
    public void SwappingTheGroupsNegatesTheInterval()
    {
        MetricValue forward = ClaimMetrics.StudentDifference("d", Singletons, Represented, 0.95);
        MetricValue backward = ClaimMetrics.StudentDifference("d", Represented, Singletons, 0.95);

        Assert.Equal(-forward.Value, backward.Value, 15);
        Assert.Equal(-forward.Upper, backward.Lower, 12);
        Assert.Equal(-forward.Lower, backward.Upper, 12);
    }
}
