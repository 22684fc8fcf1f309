using System.Globalization;
using Memorization.Claims.Baselines;
using Memorization.Claims.Running;

namespace Memorization.Cli.Commands;

/// <summary>
/// The console lines of <c>repro run</c>: one line of at most <see cref="MaxWidth"/> characters per claim run (verdict,
/// claim, tier, device, assertions held, baseline in one word, wall time), the full messages of the runs that did not
/// hold after the list, and the closing count.
/// </summary>
public static class ClaimLine
{
    /// <summary>The longest line printed per claim.</summary>
    public const int MaxWidth = 120;

    /// <summary>The line of <paramref name="result"/>; with <paramref name="withSeed"/> (a sweep) the seed too.</summary>
    public static string Format(ClaimResult result, bool withSeed)
    {
        string where = $"{result.Tier} {result.Device}" + (withSeed ? $" seed {result.Seed}" : "");
        string head = $"  {Word(result.Verdict),-7} {result.ClaimId,-14} {where,-10}  ";
        string body = result.Verdict switch
        {
            Verdict.Pass or Verdict.Fail => Summary(result),
            _ => FirstSentence(result.Message),
        };
        return Fit(head + body);
    }

    /// <summary>The closing line: <c>N held, M failed, K skipped</c> (errors count as failed and are named).</summary>
    public static string Closing(IReadOnlyCollection<ClaimResult> results)
    {
        int held = results.Count(r => r.Verdict == Verdict.Pass);
        int failed = results.Count(r => r.Verdict is Verdict.Fail or Verdict.Error);
        int errors = results.Count(r => r.Verdict == Verdict.Error);
        int skipped = results.Count(r => r.Verdict == Verdict.Skipped);
        return $"repro: {held} held, {failed} failed, {skipped} skipped" + (errors == 0 ? "" : $" ({errors} of the failed stopped with an error)");
    }

    /// <summary>The verdict as printed: PASS, FAIL, ERROR, SKIPPED.</summary>
    public static string Word(Verdict verdict) => verdict.ToString().ToUpperInvariant();

    private static string Summary(ClaimResult r)
    {
        int held = r.Assertions.Count(a => a.Passed);
        // A claim served by a shared experiment run (trained once for several claims) shows that run's time, as the report does:
        // its own wall time is only the metrics' (≈ 0 s for every claim after the first).
        string wall = r.SharedRunSeconds is { } shared ? ", " + shared.ToString("0.0", CultureInfo.InvariantCulture) + " s shared"
            : r.Provenance?.WallTimeSeconds is { } s ? ", " + s.ToString("0.0", CultureInfo.InvariantCulture) + " s" : "";
        string failing = r.Assertions.FirstOrDefault(a => !a.Passed) is { } a
            ? $"; {a.Metric} {a.BoundKind} bound {F(a.Bound)} not {a.Comparator} {F(a.ThresholdValue)}"
            : "";
        return $"{held}/{r.Assertions.Count} assertion(s) hold, baseline {Baseline(r.Baseline.Status)}{wall}{failing}";
    }

    private static string Baseline(BaselineStatus status) => status switch
    {
        BaselineStatus.NotCompared => "not-compared",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string F(double? value) => value is { } v ? v.ToString("G4", CultureInfo.InvariantCulture) : "—";

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    private static string Fit(string line)
    {
        line = line.ReplaceLineEndings(" ").TrimEnd();
        return line.Length <= MaxWidth ? line : line[..(MaxWidth - 1)] + "…";
    }
}
