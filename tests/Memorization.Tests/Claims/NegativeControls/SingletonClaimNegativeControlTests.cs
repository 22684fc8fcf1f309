using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Singletons;
using Memorization.Claims.Specs;

namespace Memorization.Tests.Claims.NegativeControls;

/// <summary>
/// SING and NSP-SING assert the claim (singletons are at least a constant fraction of the training set), not only
/// that simulation matches the formula: with N = 5 subpopulations for n = 64 examples there are no singletons, the
/// formula still matches, and the claim must fail.
/// </summary>
public class SingletonClaimNegativeControlTests
{
    [Theory]
    [InlineData("SING")]
    [InlineData("NSP-SING")]
    public void TheClaimFailsWithoutSingletons(string id)
    {
        ClaimSpec claim = RealClaim.Load(id);
        var measurement = new SingletonFractionMeasurement(id);
        ClaimMeasurementResult without = measurement.Measure(
            RealClaim.SmokeCase(claim, ("n", "64"), ("subpopulations", "5"), ("replicates", "200")), null, CancellationToken.None);

        Assert.True(without.Find(SingletonFractionMeasurement.SingletonFraction, claim.Assertions[0].Confidence)!.Value < 0.01);
        Assert.False(RealClaim.Holds(claim, without));
    }

    [Theory]
    [InlineData("SING")]
    [InlineData("NSP-SING")]
    public void TheClaimHoldsWhenNEqualsTheNumberOfSubpopulations(string id)
    {
        ClaimSpec claim = RealClaim.Load(id);
        var measurement = new SingletonFractionMeasurement(id);
        ClaimMeasurementResult result = measurement.Measure(
            RealClaim.SmokeCase(claim, ("n", "64"), ("subpopulations", "64"), ("replicates", "2000")), null, CancellationToken.None);

        Assert.True(RealClaim.Holds(claim, result));
    }
}
