using Memorization.Claims.Specs;

namespace Memorization.Claims.Running;

/// <summary>Whether and how a claim runs here: the tier's parameters, or the reason it is skipped.</summary>
public sealed record ClaimPlan(ClaimSpec Claim, string TierName, TierSpec? Tier, string? SkipReason)
{
    /// <summary>True when the claim runs.</summary>
    public bool Runs => SkipReason is null && Tier is not null;
}
