using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Privacy;
using Memorization.Claims.Running;
using Memorization.Claims.Specs;

namespace Memorization.Tests.Claims.NegativeControls;

/// <summary>
/// DP asserts selective forgetting at an intermediate ε: singleton error above well-represented error by a margin.
/// Issue 11: the ε = 0.5 model learns nothing (represented error 0.993), so it shows forgetting, not forgetting of the
/// singletons first. Taken as the "intermediate" ε, it must fail the gap assertion; the committed intermediate ε on
/// the same sweep must pass it. Each case trains the committed smoke instance's DP-SGD logistic regression at two ε and
/// without noise (≈ 1 s), without the MLP sweep.
/// </summary>
public class PrivacyClaimNegativeControlTests
{
    private const string Gap = "forgetting_gap_at_mid_eps";

    private static AssertionOutcome GapOutcome(ClaimSpec claim, string epsilons, string intermediate)
    {
        ClaimCase claimCase = RealClaim.OnCpu(RealClaim.SmokeCase(claim,
            ("epsilons", epsilons), ("intermediate_epsilon", intermediate), ("dp_mlp_hidden", null)));
        ClaimMeasurementResult result = new PrivacyMeasurement().Measure(claimCase, null, CancellationToken.None);
        return AssertionEvaluator.Evaluate(claim, result).Single(o => o.Metric == Gap);
    }

    [Fact]
    public void AnEpsilonAtWhichNothingIsLearnedFailsTheSelectiveForgettingAssertion()
    {
        ClaimSpec claim = RealClaim.Load("DP");
        string committed = claim.FindTier(Memorization.Configuration.Tier.Smoke)!.Parameters.Single(p => p.Name == "intermediate_epsilon").Text;
        string sweep = $"0.5, {committed}";

        AssertionOutcome uniform = GapOutcome(claim, sweep, "0.5");
        AssertionOutcome selective = GapOutcome(claim, sweep, committed);

        Assert.False(uniform.Passed, uniform.Message);
        Assert.True(selective.Passed, selective.Message);
    }
}
