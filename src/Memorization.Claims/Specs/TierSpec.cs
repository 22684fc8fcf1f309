using Memorization.Configuration;

namespace Memorization.Claims.Specs;

/// <summary>The parameters of one claim at one tier (<c>tiers.smoke</c>, <c>tiers.paper</c>, <c>tiers.tiny</c>).</summary>
/// <param name="Tier">The tier.</param>
/// <param name="RequiresGpu">True when the tier is too slow for a CPU: skipped on CPU unless <c>ReproDevice=cuda</c> is demanded.</param>
/// <param name="Parameters">The measurement's parameters by name, in file order.</param>
/// <param name="Location">Where the tier is declared.</param>
public sealed record TierSpec(Tier Tier, bool RequiresGpu, IReadOnlyList<ClaimParameter> Parameters, SourceLocation Location)
{
    /// <summary>The parameter called <paramref name="name"/>, or null.</summary>
    public ClaimParameter? Find(string name) => Parameters.FirstOrDefault(p => p.Name == name);
}
