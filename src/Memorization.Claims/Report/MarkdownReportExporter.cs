using System.Globalization;
using System.Text;
using Memorization.Claims.Baselines;
using Memorization.Claims.Measurements;
using Memorization.Claims.Running;
using Memorization.Claims.Sweep;
using static Memorization.Claims.Report.MarkdownText;

namespace Memorization.Claims.Report;

/// <summary>
/// <c>index.md</c>: first the one-screen summary (<see cref="SummaryTable"/>: one row of at most 120 characters per claim
/// run), then the runs that stopped with an error, listed as errors, never as runs; then the details, one collapsible
/// section per claim with every metric, assertion, baseline comparison (saying when the baseline was recorded on another
/// CPU or dispatch), figure, note, provenance (with the CPU identity) and the digest of its numbers; then the seed sweep
/// (<see cref="SeedSweepMarkdown"/>) when results at other seeds than the claims' own are stored. Depends only on the
/// <see cref="SuiteResult"/> (snapshot-tested).
/// </summary>
public sealed class MarkdownReportExporter : ReportExporterBase
{
    /// <summary>The file name.</summary>
    public const string FileName = "index.md";

    /// <summary>The heading of the runs that stopped with an error.</summary>
    public const string ErrorsTitle = "Could not run";

    /// <summary>The heading of the per-claim details.</summary>
    public const string DetailsTitle = "Details";

    /// <inheritdoc />
    public override string Name => "markdown";

    /// <inheritdoc />
    public override IEnumerable<ReportFile> Render(SuiteResult result)
    {
        yield return new ReportFile(FileName, new UTF8Encoding(false).GetBytes(RenderText(result)));
    }

    /// <summary>The Markdown text of the report.</summary>
    public static string RenderText(SuiteResult result)
    {
        var md = new StringBuilder();
        ClaimResult[] runs = result.Claims.Where(c => c.Verdict != Verdict.Error).ToArray();
        ClaimResult[] errors = result.Claims.Where(c => c.Verdict == Verdict.Error).ToArray();
        md.Append("# Memorization.Repro — claim report\n\n");
        md.Append(SummaryTable.Render(result));
        Errors(md, errors);
        md.Append($"\n## {DetailsTitle}\n\n");
        md.Append("One section per claim run (click to open). Measured values are point estimates with their confidence interval; ");
        md.Append("assertions use the interval's lower bound for `>`/`>=` and its upper bound for `<`/`<=` (claims/README.md)");
        md.Append(result.OtherSeedRuns.Count == 0 ? ".\n" : $"; {result.OtherSeedRuns.Count} run(s) at other seeds than the claims' own are in [{SeedSweepMarkdown.Title}](#seed-sweep).\n");
        foreach (ClaimResult claim in runs)
        {
            Section(md, claim);
        }

        SeedSweepMarkdown.Append(md, SeedSweepAggregation.Of(result));
        return md.ToString();
    }

    // A run that stopped before measuring (bad parameter, device unavailable) is an error, not a result: it gets no row in
    // the summary, no section with empty metrics and no wall time, only its message here.
    private static void Errors(StringBuilder md, IReadOnlyList<ClaimResult> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        md.Append($"\n## {ErrorsTitle}\n\n");
        md.Append("These runs stopped with an error before they measured anything; they are not results. Fix the cause and run them again.\n\n");
        md.Append("| Claim | Tier, device | Seed | Error |\n|---|---|---|---|\n");
        foreach (ClaimResult claim in errors)
        {
            md.Append($"| {claim.ClaimId} | {claim.Tier}, {claim.Device} | {claim.Seed} | **ERROR**: {Cell(claim.Message)} |\n");
        }
    }

    private static void Section(StringBuilder md, ClaimResult claim)
    {
        md.Append($"\n<details id=\"{Anchor(claim)}\"><summary><b>{claim.ClaimId}</b> ({claim.Tier}, {claim.Device}) — {SummaryTable.VerdictText(claim.Verdict).Replace("**", "", StringComparison.Ordinal)} — {Html(claim.Title)}</summary>\n\n");
        md.Append($"**Statement.** {Text(claim.Statement)}\n\n");
        md.Append($"**Source.** {Text(claim.Source)}. **Task:** {claim.Task}. **Seed:** {claim.Seed}.\n\n");
        md.Append($"**Verdict:** {SummaryTable.VerdictText(claim.Verdict)}. {Text(claim.Message)}\n");
        if (claim.SharedRunSeconds is { } shared)
        {
            md.Append($"\n**Time:** served by a shared experiment run of {F(shared)} s (trained and attacked once for every claim that reads it); " +
                      $"this claim's own measurement took {(claim.Provenance is { } own ? F(own.WallTimeSeconds) : "—")} s.\n");
        }

        if (claim.Metrics.Count > 0)
        {
            md.Append("\n| Metric | Value | Interval | Confidence | Samples |\n|---|---|---|---|---|\n");
            foreach (MetricValue m in claim.Metrics)
            {
                string interval = m.Confidence >= 1.0 ? "exact" : $"[{F(m.Lower)}, {F(m.Upper)}]";
                md.Append($"| {m.Name} | {F(m.Value)} | {interval} | {(m.Confidence >= 1.0 ? "—" : Percent(m.Confidence))} | {(m.SampleSize == 0 ? "—" : m.SampleSize.ToString(CultureInfo.InvariantCulture))} |\n");
            }
        }

        if (claim.Assertions.Count > 0)
        {
            md.Append("\n| Assertion | Bound used | Outcome |\n|---|---|---|\n");
            foreach (AssertionOutcome a in claim.Assertions)
            {
                string bound = a.Bound is { } b ? $"{a.BoundKind} {F(b)}" : "not measured";
                md.Append($"| {a.Metric} {Cell(a.Comparator)} {Cell(a.Threshold)} at {Percent(a.Confidence)} | {bound} | {(a.Passed ? "holds" : "**fails**")} |\n");
            }
        }

        string across = claim.Baseline.CrossDevice ? ", recorded on another device: cross-device tolerances" : "";
        md.Append($"\n**Baseline:** {BaselineCell(claim.Baseline)}{(claim.Baseline.File.Length > 0 ? $" (`{claim.Baseline.File}`{across})" : "")}. {Text(claim.Baseline.Message)}\n");
        if (claim.Baseline.Metrics.Count > 0)
        {
            md.Append($"\n| Metric | Measured | Baseline | {(claim.Baseline.CrossDevice ? "Cross-device tolerance" : "Tolerance")} | Within |\n|---|---|---|---|---|\n");
            foreach (MetricComparison c in claim.Baseline.Metrics)
            {
                md.Append($"| {c.Metric} | {F(c.Measured)} | {F(c.Baseline)} | {Cell(c.Tolerance)} | {(c.Within ? "yes" : "**no**")} |\n");
            }
        }

        foreach (FigurePlan figure in FigureExporter.Plans(claim))
        {
            md.Append($"\n![{Text(figure.Title)}]({figure.Path})\n");
        }

        if (claim.Notes.Count > 0)
        {
            md.Append('\n');
            foreach (string note in claim.Notes)
            {
                md.Append($"- {Text(note)}\n");
            }
        }

        if (claim.Provenance is { } p)
        {
            md.Append("\n<details><summary>Provenance</summary>\n\n| | |\n|---|---|\n");
            md.Append($"| commit | `{p.GitCommit}` |\n| TorchSharp / LibTorch | {p.TorchSharpVersion} / {p.LibTorchVersion} |\n");
            md.Append($"| device | {Cell(p.Device)} |\n| OS | {Cell(p.Os)} |\n| processors / torch threads | {p.ProcessorCount} / {(p.ThreadCount?.ToString(CultureInfo.InvariantCulture) ?? "—")} |\n");
            if (p.Cpu is { } cpu)
            {
                string settings = cpu.Settings.Count == 0 ? "none set" : string.Join(", ", cpu.Settings.Select(s => $"{s.Key}={s.Value}"));
                md.Append($"| CPU | {Cell(cpu.Model)} ({Cell(cpu.Vendor)}) |\n| instruction sets | {(cpu.Flags.Count == 0 ? "unknown" : string.Join(", ", cpu.Flags))} |\n");
                md.Append($"| ATen capability | {cpu.AtenCapability} ({Cell(cpu.AtenCapabilitySource)}) |\n| MKL / OpenMP variables | {Cell(settings)} |\n");
            }

            md.Append($"| runtime | {Cell(p.Runtime)} |\n| tier, seed | {p.Tier}, {p.Seed} |\n| wall time | {F(p.WallTimeSeconds)} s |\n| date | {p.Date} |\n\n</details>\n");
        }

        if (claim.Digest.Length > 0)
        {
            md.Append($"\nDigest of the results: `{claim.Digest}`\n");
        }

        md.Append("\n</details>\n");
    }

    private static string BaselineCell(BaselineComparison b) => b.Status switch
    {
        BaselineStatus.Matched => "matched",
        BaselineStatus.Regressed => "**regressed**",
        BaselineStatus.Missing => "**missing**",
        BaselineStatus.Invalid => "**invalid**",
        BaselineStatus.Updated => "updated",
        _ => "not compared",
    };

    // The id of a claim's details element, e.g. recon-mlp-smoke-cpu.
    private static string Anchor(ClaimResult c) => $"{c.ClaimId}-{c.Tier}-{c.Device}".ToLowerInvariant();

    // Text inside an HTML element (the summary line): no Markdown there, so escape what HTML would read.
    private static string Html(string text) => System.Net.WebUtility.HtmlEncode(Text(text));

}
