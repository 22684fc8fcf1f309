using Memorization.Experiments.Hcl;

namespace Memorization.Tests.Experiments.Hcl;

public class HclMultiplicityRecoveryTests
{
    private const int D = 4;

    // Subpopulation 0: one example (m = 1), coordinate 0 fixed; 1: two examples; 2: three; 3: one example but every
    // coordinate fixed (nothing irrelevant to recover, left out).
    private static readonly int[] Labels = [1, 0, 2, 1, 2, 2, 3];

    private static readonly float[] Inputs =
    [
        1, 1, -1, -1,   // row 0, subpopulation 1
        1, 1, 1, 1,     // row 1, subpopulation 0
        1, -1, 1, -1,   // row 2, subpopulation 2
        1, 1, 1, 1,     // row 3, subpopulation 1
        1, -1, -1, 1,   // row 4, subpopulation 2
        -1, -1, 1, -1,  // row 5, subpopulation 2
        1, 1, 1, 1,     // row 6, subpopulation 3
    ];

    private static readonly bool[] Masks =
    [
        true, false, false, false,
        false, false, false, false,
        false, false, false, false,
        true, true, true, true,
    ];

    private static readonly float[] Reconstructions =
    [
        -1, 1, 1, -1,   // subpopulation 0
        1, 1, 1, 1,     // subpopulation 1
        1, -1, 1, -1,   // subpopulation 2
        -1, -1, -1, -1, // subpopulation 3
    ];

    private static readonly float[] Fresh =
    [
        -1, -1, -1, -1,
        1, -1, 1, -1,
        1, -1, 1, 1,
        1, 1, 1, 1,
    ];

    private static HclMultiplicityRecovery HandMade() =>
        HclMultiplicityRecovery.Measure(D, Labels, Inputs, [0, 1, 2, 3], Reconstructions, Masks, Fresh);

    [Fact]
    public void EachSubpopulationGetsItsMultiplicityTheMeanOverItsExamplesAndItsFreshControlOnTheUnfixedCoordinates()
    {
        HclSubpopulationRecovery[] got = HandMade().Subpopulations.ToArray();

        // Subpopulation 0: coordinate 0 (fixed) is ignored; 2 of 3 unfixed match; fresh 1 of 3.
        // Subpopulation 1: rows 0 and 3 match 2/4 and 4/4; fresh 2/4. Subpopulation 2: rows 2, 4, 5 match 4/4, 2/4, 3/4; fresh 3/4.
        Assert.Equal(3, got.Length);
        Assert.Equal(new HclSubpopulationRecovery(0, 1, 2.0 / 3.0, 1.0 / 3.0), got[0]);
        Assert.Equal(new HclSubpopulationRecovery(1, 2, 0.75, 0.5), got[1]);
        Assert.Equal(new HclSubpopulationRecovery(2, 3, 0.75, 0.75), got[2]);
    }

    [Fact]
    public void BucketsAreMBelowTheTopAndTheTopForEveryLargerM()
    {
        HclMultiplicityRecovery recovery = HandMade();

        Assert.Equal([0], recovery.InBucket(1, 2).Select(s => s.Subpopulation));
        Assert.Equal([1, 2], recovery.InBucket(2, 2).Select(s => s.Subpopulation));
        Assert.Equal([2], recovery.InBucket(3, 4).Select(s => s.Subpopulation));
        Assert.Empty(recovery.InBucket(4, 4));
        Assert.Equal([1, 2], recovery.AtLeast(2).Select(s => s.Subpopulation));
        Assert.Equal(3, HclMultiplicityRecovery.Bucket(7, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => HclMultiplicityRecovery.Bucket(0, 3));
    }

    [Fact]
    public void AnAttackedSubpopulationWithoutATrainingExampleIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            HclMultiplicityRecovery.Measure(D, Labels, Inputs, [0, 1, 2, 3, 4], [.. Reconstructions, 1, 1, 1, 1], [.. Masks, false, false, false, false], [.. Fresh, 1, 1, 1, 1]));
        Assert.Contains("Subpopulation 4", error.Message);
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 0.75)]
    [InlineData(3, 0.75)]
    [InlineData(4, 11.0 / 16.0)]
    [InlineData(5, 11.0 / 16.0)]
    public void TheMajorityOfMBitsAgreesWithOneOfThemAsTheTheorySays(int m, double expected) =>
        Assert.Equal(expected, HclMultiplicityRecovery.MajorityAgreement(m), 12);

    [Fact]
    public void TheMajorityAgreementFallsTowardsOneHalfAsOneOverRootM()
    {
        // 1/2 + Θ(1/√m): for odd m, P[agree] − 1/2 = ½·P[Bin(m−1, ½) = (m−1)/2] ≈ 1/√(2π(m−1)).
        double at101 = HclMultiplicityRecovery.MajorityAgreement(101);
        Assert.InRange(at101 - 0.5, 0.9 / Math.Sqrt(2 * Math.PI * 100), 1.1 / Math.Sqrt(2 * Math.PI * 100));
    }
}
