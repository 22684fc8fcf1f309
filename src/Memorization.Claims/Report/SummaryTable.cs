using System.Globalization;
using System.Text;
using Memorization.Claims.Baselines;
using Memorization.Claims.Measurements;
using Memorization.Claims.Running;
using Memorization.Claims.Sweep;
using static Memorization.Claims.Report.MarkdownText;

namespace Memorization.Claims.Report;

/// <summary>
/// The report's first screen: one row per claim run (verdict, the asserted metric with its interval, threshold, baseline
/// status in one word, seed sweep k/K when a sweep is stored, wall time), every row at most <see cref="MaxRowLength"/>
/// characters so that it reads in a terminal, a CI job summary and a diff without wrapping. Starts <c>index.md</c> and is
/// alone in <c>summary.md</c>.
/// </summary>
public static class SummaryTable
{
    /// <summary>The longest row, in characters.</summary>
    public const int MaxRowLength = 120;

    /// <summary>The table's Markdown: a counts line, a legend line, the header and one row per claim run (errors excluded).</summary>
    public static string Render(SuiteResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        ClaimResult[] runs = result.Claims.Where(c => c.Verdict != Verdict.Error).ToArray();
        int errors = result.Claims.Count - runs.Length;
        IReadOnlyList<SeedSweep> sweeps = SeedSweepAggregation.Of(result);
        bool mixed = runs.Select(c => (c.Tier, c.Device)).Distinct().Count() > 1;
        var md = new StringBuilder();
        md.Append($"{runs.Length} claim run(s){(mixed || runs.Length == 0 ? "" : $" ({runs[0].Tier}, {runs[0].Device})")}: ");
        md.Append($"{result.Count(Verdict.Pass)} pass, {result.Count(Verdict.Fail)} fail, {result.Count(Verdict.Skipped)} skipped");
        md.Append(errors == 0 ? "" : $"; **{errors} could not run**");
        md.Append(".\n\n");
        md.Append("Asserted: the metric an assertion tests (the first failing one; +k more in the details), with its interval at the ");
        md.Append("assertion's confidence. Baseline: ok, outside (tolerance), missing, invalid, updated or none (not compared). ");
        md.Append(sweeps.Count == 0 ? "" : "Seeds: held at k of K seeds (seed sweep). ");
        md.Append("Time: the claim's wall time, or that of the shared run that served it.\n\n");
        bool withSeeds = sweeps.Count > 0;
        md.Append(withSeeds ? "| Claim | Verdict | Asserted [interval] | Threshold | Baseline | Seeds | Time |\n|---|---|---|---|---|---|---|\n"
                            : "| Claim | Verdict | Asserted [interval] | Threshold | Baseline | Time |\n|---|---|---|---|---|---|\n");
        foreach (ClaimResult claim in runs)
        {
            SeedSweep? sweep = sweeps.FirstOrDefault(s => s.ClaimId == claim.ClaimId && s.Tier == claim.Tier && s.Device == claim.Device);
            md.Append(Row(claim, mixed, withSeeds ? sweep is null ? "—" : $"{sweep.Held}/{sweep.Ran}" : null)).Append('\n');
        }

        return md.ToString();
    }

    /// <summary>One claim's row, shortened (metric and threshold names, middle first) to fit <see cref="MaxRowLength"/>.</summary>
    internal static string Row(ClaimResult claim, bool withTierAndDevice, string? seeds)
    {
        string id = withTierAndDevice ? $"{claim.ClaimId} ({claim.Tier}, {claim.Device})" : claim.ClaimId;
        AssertionOutcome? shown = claim.Assertions.FirstOrDefault(a => !a.Passed) ?? claim.Assertions.FirstOrDefault();
        string more = claim.Assertions.Count > 1 ? $" +{claim.Assertions.Count - 1}" : "";
        string metric = shown?.Metric ?? "";
        string value = shown is null ? "—" : Interval(claim, shown);
        (string threshold, string thresholdValue) = shown is null ? ("", "") : ThresholdText(shown);
        string Build(string m, string t) =>
            $"| {id} | {VerdictText(claim.Verdict)} | {(shown is null ? "—" : $"{Cell(m)} {value}{more}")} | " +
            $"{(shown is null ? "—" : $"{shown.Comparator} {Cell(t)}{thresholdValue}")} | " +
            $"{Baseline(claim.Baseline.Status)} |{(seeds is null ? "" : $" {seeds} |")} {Time(claim)} |";

        string row = Build(metric, threshold);
        while (row.Length > MaxRowLength)
        {
            // Shorten the longer of the two names by one character at a time, in the middle (start and end stay
            // readable); numbers are never shortened.
            if (threshold.Length > metric.Length && threshold.Length > MinName)
            {
                threshold = Shorten(threshold);
            }
            else if (metric.Length > MinName)
            {
                metric = Shorten(metric);
            }
            else
            {
                break;
            }

            row = Build(metric, threshold);
        }

        return row;
    }

    // Names shrink down to the ellipsis alone if need be: the row's length is a promise, the details have every name.
    private const int MinName = 1;

    /// <summary>The baseline status in one word.</summary>
    public static string Baseline(BaselineStatus status) => status switch
    {
        BaselineStatus.Matched => "ok",
        BaselineStatus.Regressed => "**outside**",
        BaselineStatus.Missing => "**missing**",
        BaselineStatus.Invalid => "**invalid**",
        BaselineStatus.Updated => "updated",
        _ => "none",
    };

    /// <summary>The verdict as the table writes it.</summary>
    public static string VerdictText(Verdict verdict) => verdict switch
    {
        Running.Verdict.Pass => "pass",
        Running.Verdict.Fail => "**FAIL**",
        Running.Verdict.Skipped => "skipped",
        _ => "**ERROR**",
    };

    /// <summary>
    /// The claim's time: its own wall time, or, when a shared experiment run served it (the cache), that run's wall time
    /// marked "shared" — the claim's own time is then only the reading of the cached run.
    /// </summary>
    public static string Time(ClaimResult claim) =>
        claim.SharedRunSeconds is { } shared ? $"{Seconds(shared)} shared"
        : claim.Provenance is { } p ? Seconds(p.WallTimeSeconds)
        : "—";

    private static string Seconds(double seconds) => seconds.ToString(seconds < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " s";

    private static string Interval(ClaimResult claim, AssertionOutcome a)
    {
        MetricValue? m = claim.Metrics.FirstOrDefault(v => v.Name == a.Metric && v.ServesConfidence(a.Confidence));
        return m is null ? "not measured"
            : m.Confidence >= 1.0 ? $"{G3(m.Value)} (exact)"
            : $"{G3(m.Value)} [{G3(m.Lower)}, {G3(m.Upper)}]";
    }

    // A number as written; a threshold that is another metric: that metric's name, and apart the value it took.
    private static (string Name, string Value) ThresholdText(AssertionOutcome a) =>
        double.TryParse(a.Threshold, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || a.ThresholdValue is not { } v
            ? (a.Threshold, "")
            : (a.Threshold, $" ({G3(v)})");

    private static string G3(double value) => value.ToString("G3", CultureInfo.InvariantCulture);

    private static string Shorten(string name)
    {
        string plain = name.Replace("…", "", StringComparison.Ordinal);
        if (plain.Length <= 1)
        {
            return "…";
        }

        int keep = plain.Length - 1;
        int head = (keep + 1) / 2;
        return plain[..head] + "…" + plain[^(keep - head)..];
    }
}
