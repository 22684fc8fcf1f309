using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Size;
using Memorization.Claims.Running;
using Memorization.Claims.Specs;

namespace Memorization.Tests.Claims.NegativeControls;

/// <summary>
/// SIZE asserts its premise: the low-budget model is smaller than the information the full model provably holds (its
/// exact size below the lower confidence end of the full model's Fano bound). Issue 11: with <c>low_budget:
/// pruned-0.1</c> — 4.28·n·d bits, far above the bound — the old assertions all held, because that model forgets every
/// singleton anyway. Now the premise must fail, and only the premise. Each case trains the committed smoke instance's
/// logistic regression (n = N = 200, d = 400) once and compresses it to the four budgets the key points name.
/// </summary>
public class SizeClaimNegativeControlTests
{
    private const string Premise = "low_budget_bits_fraction";

    // The committed smoke tier with only the families the key points use: quantised-1bit (high), pruned-0.1 (the
    // negative control's low budget), row-sign-0.0025 (the committed low budget) and row-sign-0.2 (split).
    private static readonly (string Name, string? Value)[] KeyPointsOnly =
    [
        ("quantise_bits", "1"), ("prune_keep", "0.1"), ("row_sign_keep", "0.0025 0.2"),
        ("factor_ranks", "none"), ("scratch_ranks", "none"), ("mlp_widths", "none"),
    ];

    private static IReadOnlyList<AssertionOutcome> Evaluate(ClaimSpec claim, string lowBudget)
    {
        ClaimCase claimCase = RealClaim.OnCpu(RealClaim.SmokeCase(claim, [.. KeyPointsOnly, ("low_budget", lowBudget)]));
        ClaimMeasurementResult result = new ModelSizeMeasurement().Measure(claimCase, null, CancellationToken.None);
        return AssertionEvaluator.Evaluate(claim, result);
    }

    [Fact]
    public void ALowBudgetAboveTheFullModelsBoundFailsTheClaim()
    {
        ClaimSpec claim = RealClaim.Load("SIZE");
        Assert.Contains(claim.Assertions, a => a.Metric == Premise);

        IReadOnlyList<AssertionOutcome> outcomes = Evaluate(claim, "pruned-0.1");

        AssertionOutcome premise = outcomes.Single(o => o.Metric == Premise);
        Assert.False(premise.Passed, premise.Message);
        Assert.True(premise.Bound > 4.0, premise.Message); // 342,401 bits = 4.28·n·d
        // pruned-0.1 forgets the singletons like a model below the bound: nothing but the premise tells them apart.
        Assert.All(outcomes.Where(o => o.Metric != Premise), o => Assert.True(o.Passed, o.Message));
    }

    [Fact]
    public void TheCommittedLowBudgetOnTheSameSweepHoldsTheClaim()
    {
        ClaimSpec claim = RealClaim.Load("SIZE");
        string committed = claim.FindTier(Memorization.Configuration.Tier.Smoke)!.Parameters.Single(p => p.Name == "low_budget").Text;

        IReadOnlyList<AssertionOutcome> outcomes = Evaluate(claim, committed);

        Assert.All(outcomes, o => Assert.True(o.Passed, o.Message));
    }
}
