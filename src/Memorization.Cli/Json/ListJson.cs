namespace Memorization.Cli.Json;

/// <summary><c>repro list --json</c>: every claim, and how many problems claims/ has (see <c>repro claims validate</c>).</summary>
public sealed record ListJson(IReadOnlyList<ListedClaimJson> Claims, int Problems);

/// <summary>One claim: id, task, tiers (with whether each needs a GPU), the class that measures it, title.</summary>
public sealed record ListedClaimJson(string Id, string Task, IReadOnlyList<ListedTierJson> Tiers, string? MeasuredBy, string Title);

/// <summary>A tier of a claim.</summary>
public sealed record ListedTierJson(string Tier, bool Gpu);
