using Memorization.Claims.Measurements;
using Memorization.Claims.Specs;
using Memorization.Configuration;

namespace Memorization.Tests.Claims;

public class ClaimCaseTests
{
    private static ClaimCase Case()
    {
        ClaimSpec claim = ClaimFileParser.Parse("claims/FAKE.yaml", ClaimYaml.Valid().Replace("      rho: 0.25\n", "      rho: 0.25\n      dp: true\n      attack: sign\n      steps: 1e3\n")).Spec!;
        return new ClaimCase(claim, claim.FindTier(Tier.Smoke)!, "cpu", claim.Seed);
    }

    [Fact]
    public void TypedAccessorsReadTheTiersParameters()
    {
        ClaimCase c = Case();
        Assert.Equal(10, c.GetInt("n"));
        Assert.Equal(0.25, c.GetDouble("rho"));
        Assert.Equal(10.0, c.GetDouble("n"));
        Assert.True(c.GetBool("dp"));
        Assert.Equal("sign", c.GetString("attack"));
        Assert.True(c.Has("rho"));
        Assert.False(c.Has("lr"));
        Assert.Equal("smoke", c.TierName);
        Assert.Equal([0.999], c.ConfidenceLevels);
    }

    [Theory]
    [InlineData("rho", "must be a whole number")]
    [InlineData("steps", "must be a whole number")]
    public void AnIllTypedIntegerSaysWhereAndWhat(string name, string message)
    {
        var ex = Assert.Throws<ClaimParameterException>(() => Case().GetInt(name));
        Assert.StartsWith("claims/FAKE.yaml(", ex.Message);
        Assert.Contains($"parameter '{name}'", ex.Message);
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void IllTypedRealsAndFlagsAreNamed()
    {
        Assert.Contains("parameter 'attack' = 'sign' must be a finite number", Assert.Throws<ClaimParameterException>(() => Case().GetDouble("attack")).Message);
        Assert.Contains("parameter 'rho' = '0.25' must be true or false", Assert.Throws<ClaimParameterException>(() => Case().GetBool("rho")).Message);
    }

    [Fact]
    public void AMissingParameterListsTheOnesThereAre() =>
        Assert.Contains("does not define (it has: n, rho, dp, attack, steps)", Assert.Throws<ClaimParameterException>(() => Case().GetDouble("lr")).Message);

    [Fact]
    public void TrainingMeasurementsGetAClearErrorWithoutADevice() =>
        Assert.Contains("needs a resolved device", Assert.Throws<InvalidOperationException>(() => Case().RequireDevice()).Message);

    [Fact]
    public void AtEveryLevelKeepsExactMetricsOnceAndSampledOnesPerLevel()
    {
        ClaimSpec claim = ClaimFileParser.Parse("claims/FAKE.yaml", ClaimYaml.Valid()).Spec! with { ConfidenceLevels = [0.9, 0.99], Assertions = [] };
        var c = new ClaimCase(claim, claim.FindTier(Tier.Smoke)!, "cpu", claim.Seed);
        List<MetricValue> metrics = c.AtEveryLevel(level =>
            [MetricValue.Exact("exact", 1.0), new MetricValue("sampled", 0.5, 0.4, 0.6, level, 10)]);
        Assert.Single(metrics, m => m.Name == "exact");
        Assert.Equal([0.9, 0.99], metrics.Where(m => m.Name == "sampled").Select(m => m.Confidence));
    }
}
