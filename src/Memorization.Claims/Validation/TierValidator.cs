using Memorization.Configuration;

namespace Memorization.Claims.Validation;

/// <summary>
/// REPRO005: every claim defines the smoke and paper tiers — or only the tiny tier, for claims computed by exact
/// enumeration, which have no larger version (they run their tiny tier at every ReproTier) — and every tier it
/// defines has parameters.
/// </summary>
public sealed class TierValidator : IClaimValidator
{
    private static readonly Tier[] RequiredTiers = [Tier.Smoke, Tier.Paper];

    /// <inheritdoc />
    public IEnumerable<ClaimError> Validate(ClaimValidationContext context)
    {
        foreach (var claim in context.Claims)
        {
            bool tinyOnly = claim.Tiers.Count == 1 && claim.FindTier(Tier.Tiny) is not null;
            foreach (Tier tier in RequiredTiers.Where(t => !tinyOnly && claim.FindTier(t) is null))
            {
                string name = tier.ToString().ToLowerInvariant();
                yield return ClaimError.At(claim.Location, $"tiers.{name}", ClaimErrorCodes.TierWithoutParameters,
                    $"claim {claim.Id} does not define the {name} tier.",
                    $"Add tiers.{name}.parameters (smoke: scaled down for 2 CPU cores; paper: the published parameters), or define only tiers.tiny for an exact-enumeration claim.");
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
