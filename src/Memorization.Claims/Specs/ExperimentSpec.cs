using Memorization.Configuration;

namespace Memorization.Claims.Specs;

/// <summary>
/// A shared experiment as declared by <c>claims/experiments/&lt;name&gt;.yaml</c> (schema: claims/experiment.schema.json):
/// the tiers' parameters of every claim that names it (<c>experiment: &lt;name&gt;</c>), written once.
/// </summary>
/// <param name="Name">The name claims use; equals the file name without <c>.yaml</c>.</param>
/// <param name="Title">One line: what the experiment is.</param>
/// <param name="Tiers">The parameters per tier (never <c>gpu</c>: that is each claim's choice).</param>
/// <param name="Location">Where the experiment is declared.</param>
public sealed record ExperimentSpec(string Name, string Title, IReadOnlyList<TierSpec> Tiers, SourceLocation Location)
{
    /// <summary>The tier's parameters, or null when the experiment does not define that tier.</summary>
    public TierSpec? FindTier(Tier tier) => Tiers.FirstOrDefault(t => t.Tier == tier);
}
