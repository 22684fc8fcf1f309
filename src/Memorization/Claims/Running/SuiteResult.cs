namespace Memorization.Claims.Running;

/// <summary>The results of every claim run the report covers, ordered by claim id, tier and device.</summary>
public sealed record SuiteResult(IReadOnlyList<ClaimResult> Claims)
{
    /// <summary>How many claims have <paramref name="verdict"/>.</summary>
    public int Count(Verdict verdict) => Claims.Count(c => c.Verdict == verdict);
}
