using Memorization.Configuration;

namespace Memorization.Claims.Validation;

/// <summary>REPRO005: every claim defines the smoke and paper tiers, and every tier it defines has parameters.</summary>
public sealed class TierValidator : IClaimValidator
{
    private static readonly Tier[] RequiredTiers = [Tier.Smoke, Tier.Paper];

    /// <inheritdoc />
    public IEnumerable<ClaimError> Validate(ClaimValidationContext context)
    {
        foreach (var claim in context.Claims)
        {
            foreach (Tier tier in RequiredTiers.Where(t => claim.FindTier(t) is null))
            {
                string name = tier.ToString().ToLowerInvariant();
                yield return ClaimError.At(claim.Location, $"tiers.{name}", ClaimErrorCodes.TierWithoutParameters,
                    $"claim {claim.Id} does not define the {name} tier.",
                    $"Add tiers.{name}.parameters (smoke: scaled down for 2 CPU cores; paper: the published parameters).");
            }

            foreach (var tier in claim.Tiers.Where(t => t.Parameters.Count == 0))
            {
                string name = tier.Tier.ToString().ToLowerInvariant();
                yield return ClaimError.At(tier.Location, $"tiers.{name}.parameters", ClaimErrorCodes.TierWithoutParameters,
                    $"tier {name} of claim {claim.Id} has no parameters.",
                    $"Give tiers.{name}.parameters the values the measurement reads (e.g. n: 500), or remove the tier.");
            }
        }
    }
}
