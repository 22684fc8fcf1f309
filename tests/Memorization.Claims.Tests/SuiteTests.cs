using Memorization.Claims.Validation;

namespace Memorization.Claims.Tests;

/// <summary>Checks on the suite as a whole (claims/README.md).</summary>
public sealed class SuiteTests
{
    [Fact]
    public void TheFalseAlarmBudgetOfAllAssertionsIsAtMostOnePercent()
    {
        var suite = Infrastructure.ClaimTestHost.Suite();
        Assert.NotEmpty(suite.Claims);
        double spent = FalseAlarmBudget.Spent(suite.Claims);
        Assert.True(spent <= FalseAlarmBudget.Limit, $"Σ(1 − confidence) over every assertion = {spent:P3} > {FalseAlarmBudget.Limit:P0}.");
    }

    [Fact]
    public void EveryClaimFileIsValidAndMeasured()
    {
        var suite = Infrastructure.ClaimTestHost.Suite();
        Assert.True(suite.Errors.Count == 0, string.Join(Environment.NewLine, suite.Errors.Select(ClaimErrorFormatter.Text)));
    }
}
