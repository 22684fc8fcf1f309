using Memorization.Claims.Baselines;
using Memorization.Claims.Running;

namespace Memorization.Cli.Json;

/// <summary><c>repro run --json</c> (and <c>baseline update --json</c>): what ran where, one entry per claim run, the counts.</summary>
/// <param name="Tier">The tier asked for.</param>
/// <param name="Device">The device asked for and the one used.</param>
/// <param name="Seeds">The seeds of a sweep, or null.</param>
/// <param name="UpdateBaselines">Whether baselines were rewritten.</param>
/// <param name="Claims">One entry per claim run.</param>
/// <param name="Held">Claim runs whose assertions and baseline comparison all passed.</param>
/// <param name="Failed">Claim runs that failed or stopped with an error.</param>
/// <param name="Skipped">Claim runs that were skipped (e.g. a GPU tier on a CPU).</param>
/// <param name="Report">The report's index, relative to the repository root.</param>
/// <param name="ExitCode">The command's exit code.</param>
public sealed record RunJson(
    string Tier,
    DeviceJson Device,
    IReadOnlyList<ulong>? Seeds,
    bool UpdateBaselines,
    IReadOnlyList<ClaimRunJson> Claims,
    int Held,
    int Failed,
    int Skipped,
    string Report,
    int ExitCode);

/// <summary>The device asked for (<c>auto</c>, <c>cpu</c>, <c>cuda</c>) and the one it resolved to, with its description.</summary>
public sealed record DeviceJson(string Requested, string? Resolved, string? Description);

/// <summary>One claim run: verdict, message, each assertion's bound against its threshold, the baseline, the result file.</summary>
public sealed record ClaimRunJson(
    string Id,
    string Tier,
    string Device,
    ulong Seed,
    Verdict Verdict,
    string Message,
    IReadOnlyList<AssertionJson> Assertions,
    BaselineStatus Baseline,
    string BaselineFile,
    double? WallSeconds,
    string Digest,
    string ResultFile)
{
    /// <summary>The entry of <paramref name="result"/>, whose result file is <paramref name="resultFile"/>.</summary>
    public static ClaimRunJson From(ClaimResult result, string resultFile) => new(
        result.ClaimId, result.Tier, result.Device, result.Seed, result.Verdict, result.Message,
        result.Assertions.Select(a => new AssertionJson(a.Metric, a.Comparator, a.Threshold, a.Confidence, a.BoundKind, a.Bound, a.ThresholdValue, a.Passed)).ToArray(),
        result.Baseline.Status, result.Baseline.File, result.Provenance?.WallTimeSeconds, result.Digest, resultFile);
}

/// <summary>One assertion: <c>bound comparator thresholdValue</c> at <c>confidence</c>.</summary>
public sealed record AssertionJson(string Metric, string Comparator, string Threshold, double Confidence, string BoundKind, double? Bound, double? ThresholdValue, bool Passed);
