using Memorization.Configuration;

namespace Memorization.Claims.Specs;

/// <summary>
/// A claim of the paper as declared by <c>claims/&lt;ID&gt;.yaml</c> (schema: claims/claim.schema.json,
/// fields: claims/README.md). Immutable; every part keeps its source location for error messages.
/// </summary>
public sealed record ClaimSpec(
    string Id,
    string Title,
    string Statement,
    string Source,
    ClaimTask Task,
    ulong Seed,
    IReadOnlyList<double> ConfidenceLevels,
    IReadOnlyList<TierSpec> Tiers,
    IReadOnlyList<MetricSpec> Metrics,
    IReadOnlyList<AssertionSpec> Assertions,
    SourceLocation Location)
{
    /// <summary>
    /// The shared experiment the claim names (<c>experiment: hcl</c>), whose parameters are then its <see cref="Tiers"/>'
    /// (the claim adds only <c>gpu</c>); null for a claim with an instance of its own.
    /// </summary>
    public string? Experiment { get; init; }

    /// <summary>The level at which intervals are reported and baselines compared: the first of <see cref="ConfidenceLevels"/>.</summary>
    public double ReportConfidence => ConfidenceLevels.Count > 0 ? ConfidenceLevels[0] : 0.95;

    /// <summary>Every confidence level a measurement must report intervals at (declared levels and assertion levels).</summary>
    public IReadOnlyList<double> RequiredConfidenceLevels =>
        ConfidenceLevels.Concat(Assertions.Select(a => a.Confidence)).Distinct().ToArray();

    /// <summary>The tier's parameters, or null when the claim does not define that tier.</summary>
    public TierSpec? FindTier(Tier tier) => Tiers.FirstOrDefault(t => t.Tier == tier);

    /// <summary>The metric called <paramref name="name"/>, or null.</summary>
    public MetricSpec? FindMetric(string name) => Metrics.FirstOrDefault(m => m.Name == name);
}
