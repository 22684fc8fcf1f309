namespace Memorization.Claims.Running;

/// <summary>
/// The results of every claim run the report covers: <see cref="Claims"/> at each claim's own seed, ordered by claim
/// id, tier and device (the report's summary), and <see cref="OtherSeedRuns"/> at other seeds (its seed sweep).
/// </summary>
public sealed record SuiteResult(IReadOnlyList<ClaimResult> Claims)
{
    /// <summary>Results at seeds other than the claim's own (<c>repro run --seed</c>/<c>--seeds</c>), ordered by claim, tier, device and seed.</summary>
    public IReadOnlyList<ClaimResult> OtherSeedRuns { get; init; } = [];

    /// <summary>How many claims have <paramref name="verdict"/>.</summary>
    public int Count(Verdict verdict) => Claims.Count(c => c.Verdict == verdict);
}
