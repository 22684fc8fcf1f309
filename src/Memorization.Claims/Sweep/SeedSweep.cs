namespace Memorization.Claims.Sweep;

/// <summary>
/// One claim at one tier and device over several seeds: at how many it holds, and the spread of every metric and of
/// every asserted confidence bound. A claim that holds at its own seed but not at others rests on a lucky seed; the
/// spread says how far each assertion is from its threshold across seeds.
/// </summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Title">Its title.</param>
/// <param name="Tier">The tier.</param>
/// <param name="Device">The device name (<c>cpu</c>, <c>cuda</c>).</param>
/// <param name="Seeds">Every seed run, ascending (skipped runs included).</param>
/// <param name="Held">How many runs passed (k of "holds at k/K seeds").</param>
/// <param name="Ran">How many runs were not skipped (K).</param>
/// <param name="FailedSeeds">The seeds whose run failed or errored, ascending.</param>
/// <param name="SkipReason">Why the claim did not run, when it was skipped at every seed; else null.</param>
/// <param name="Metrics">Every metric's spread over the seeds that measured it, in the order the claim reports them.</param>
/// <param name="Assertions">Every assertion's spread, in the claim's order.</param>
public sealed record SeedSweep(
    string ClaimId,
    string Title,
    string Tier,
    string Device,
    IReadOnlyList<ulong> Seeds,
    int Held,
    int Ran,
    IReadOnlyList<ulong> FailedSeeds,
    string? SkipReason,
    IReadOnlyList<MetricSweep> Metrics,
    IReadOnlyList<AssertionSweep> Assertions)
{
    /// <summary>Whether no run failed or errored (a run skipped for want of a GPU does not count against the claim, as in <c>repro run</c>).</summary>
    public bool Holds => FailedSeeds.Count == 0;

    /// <summary>"holds at k/K seeds", or why it did not run.</summary>
    public string Summary => Ran == 0
        ? $"skipped at every seed{(SkipReason is null ? "" : $" ({SkipReason})")}"
        : $"holds at {Held}/{Ran} seeds" + (Holds ? "" : $"; fails at seed(s) {string.Join(", ", FailedSeeds)}") +
          (Seeds.Count > Ran ? $"; skipped at {Seeds.Count - Ran}" : "");
}
