using System.Globalization;
using System.Text;
using Memorization.Claims.Sweep;
using Memorization.Configuration;
using static Memorization.Claims.Report.MarkdownText;

namespace Memorization.Claims.Report;

/// <summary>
/// The "Seed sweep" section of <c>index.md</c>: for each claim, tier and device run at more seeds than its own, at how
/// many it holds, the range of every asserted confidence bound against its threshold, and every metric's mean,
/// standard deviation, minimum and maximum over the seeds, with one strip plot per assertion.
/// </summary>
public static class SeedSweepMarkdown
{
    /// <summary>The section's title (its anchor is <c>#seed-sweep</c>).</summary>
    public const string Title = "Seed sweep";

    /// <summary>Appends the section to <paramref name="md"/>; nothing when <paramref name="sweeps"/> is empty.</summary>
    public static void Append(StringBuilder md, IReadOnlyList<SeedSweep> sweeps)
    {
        if (sweeps.Count == 0)
        {
            return;
        }

        md.Append($"\n## {Title}\n\n");
        md.Append("Every claim, tier and device with results at seeds other than the claim's own, over all its seeds found in ");
        md.Append("`artifacts/results/` (`<ID>.<tier>.<device>.json` at the claim's own seed, `<ID>.<tier>.<device>.seed<S>.json` at seed S). ");
        md.Append("For each assertion, the range over seeds of the confidence bound it compares (lower for `>`/`>=`, upper for `<`/`<=`) ");
        md.Append("and of its threshold; for each metric, the mean, standard deviation, minimum and maximum of the point estimates.\n");
        foreach (SeedSweep sweep in sweeps)
        {
            Section(md, sweep);
        }
    }

    private static void Section(StringBuilder md, SeedSweep sweep)
    {
        md.Append($"\n### {sweep.ClaimId} ({sweep.Tier}, {sweep.Device}): {Text(sweep.Summary)}\n\n");
        md.Append($"{Text(sweep.Title)}. Seeds: {SeedList.Format(sweep.Seeds)}.\n");
        if (sweep.Assertions.Count > 0)
        {
            md.Append("\n| Assertion | Held | Bound used | Bound min | Bound max | Threshold |\n|---|---|---|---|---|---|\n");
            foreach (AssertionSweep a in sweep.Assertions)
            {
                md.Append($"| {Cell(a.Text)} at {Percent(a.Confidence)} | {a.Held}/{a.Count} | {a.BoundKind} | {Number(a.BoundMin)} | {Number(a.BoundMax)} | " +
                          $"{Threshold(a)} |\n");
            }
        }

        if (sweep.Metrics.Count > 0)
        {
            md.Append("\n| Metric | Seeds | Mean | SD | Min | Max |\n|---|---|---|---|---|---|\n");
            foreach (MetricSweep m in sweep.Metrics)
            {
                md.Append($"| {Cell(m.Name)} | {m.Count.ToString(CultureInfo.InvariantCulture)} | {F(m.Mean)} | {Number(m.StandardDeviation)} | {F(m.Min)} | {F(m.Max)} |\n");
            }
        }

        for (int i = 0; i < sweep.Assertions.Count; i++)
        {
            md.Append($"\n![{sweep.ClaimId} {Text(sweep.Assertions[i].Text)} over seeds]({SeedSweepFigure.PathOf(sweep, i)})\n");
        }
    }

    // A constant threshold once; one that moves with the seed (another metric's bound) as its range.
    private static string Threshold(AssertionSweep a) =>
        a.ThresholdMin is not { } low || a.ThresholdMax is not { } high
            ? "—"
            : low == high ? F(low) : $"{F(low)} … {F(high)} ({Cell(a.Threshold)})";

    private static string Number(double? value) => value is { } v ? F(v) : "—";
}
