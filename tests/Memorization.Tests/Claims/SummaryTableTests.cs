using Memorization.Claims.Measurements;
using Memorization.Claims.Report;
using Memorization.Claims.Running;
using Memorization.Tests.Cli;

namespace Memorization.Tests.Claims;

public class SummaryTableTests
{
    private static string[] Rows(string markdown) =>
        markdown.Split('\n').SkipWhile(l => !l.StartsWith("| Claim |", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|')).ToArray();

    [Fact]
    public void IndexStartsWithTheTableOneRowPerClaimRun()
    {
        string markdown = MarkdownReportExporter.RenderText(FakeResults.Suite());
        string[] rows = Rows(markdown);
        Assert.Equal(["| ACC-MLP", "| RECON-LR", "| SING"], rows.Select(r => r[..r.IndexOf(" (", StringComparison.Ordinal)]));
        // The table comes before any claim's details.
        Assert.True(markdown.IndexOf("| Claim |", StringComparison.Ordinal) < markdown.IndexOf("<details", StringComparison.Ordinal));
        Assert.Contains("<details id=\"sing-smoke-cpu\"><summary><b>SING</b> (smoke, cpu) — pass — Singletons are a constant fraction</summary>", markdown);
    }

    [Fact]
    public void EveryRowFitsInOneHundredTwentyCharactersEvenWithLongNames()
    {
        SuiteResult suite = FakeResults.Suite();
        ClaimResult recon = suite.Claims[1];
        string longName = "mlp_fresh_control_irrelevant_recovery_at_the_most_private_budget";
        ClaimResult wide = recon with
        {
            ClaimId = "NSP-IRRELEVANT",
            Metrics = [new MetricValue(longName, 0.123456789, 0.0123456789, 0.23456789, 0.9996, 70)],
            Assertions =
            [
                new AssertionOutcome(longName, "<", "extraction_fresh_noise_recovery_of_the_control_group", 0.9996, "upper", 0.23, 0.5, true, "holds"),
                new AssertionOutcome(longName, ">", "0.01", 0.9996, "lower", 0.01, 0.01, true, "holds"),
            ],
            SharedRunSeconds = 1234.4,
        };
        string markdown = MarkdownReportExporter.RenderText(suite with { Claims = [.. suite.Claims, wide] });
        string[] rows = Rows(markdown);
        Assert.Equal(4, rows.Length);
        Assert.All(rows, r => Assert.True(r.Length <= SummaryTable.MaxRowLength, $"{r.Length} characters: {r}"));
        string row = Assert.Single(rows, r => r.StartsWith("| NSP-IRRELEVANT", StringComparison.Ordinal));
        Assert.Contains("…", row);                              // the names were shortened in the middle …
        Assert.Contains("0.123 [0.0123, 0.235] +1 |", row);     // … never the numbers
        Assert.EndsWith("| **outside** | 1234 s shared |", row);
    }

    [Fact]
    public void AClaimServedByASharedRunShowsThatRunsTimeNotItsOwn()
    {
        SuiteResult suite = FakeResults.Suite();
        ClaimResult served = suite.Claims[2] with { SharedRunSeconds = 29.79, Provenance = suite.Claims[2].Provenance! with { WallTimeSeconds = 0 } };
        string markdown = MarkdownReportExporter.RenderText(suite with { Claims = [suite.Claims[0], suite.Claims[1], served] });
        Assert.Contains("| ok | 30 s shared |", markdown);
        Assert.DoesNotContain("| 0.0 s |", markdown);
        Assert.Contains("**Time:** served by a shared experiment run of 29.79 s", markdown);
    }

    [Fact]
    public void TheSeedColumnAppearsOnlyWithASweep()
    {
        SuiteResult suite = FakeResults.Suite();
        Assert.DoesNotContain("| Seeds |", SummaryTable.Render(suite));
        ClaimResult sing = suite.Claims[2];
        SuiteResult swept = suite with { OtherSeedRuns = [sing with { Seed = 1 }, sing with { Seed = 2, Verdict = Verdict.Fail }] };
        string table = SummaryTable.Render(swept);
        Assert.Contains("| Seeds |", table);
        Assert.Contains("| ok | 2/3 | 0.2 s |", table);
        Assert.Contains("| **outside** | — | 13 s |", table);
    }

    [Fact]
    public void SummaryMdIsTheTableAlone()
    {
        SuiteResult suite = FakeResults.Suite();
        ReportFile file = Assert.Single(new SummaryMarkdownExporter().Render(suite));
        string text = System.Text.Encoding.UTF8.GetString(file.Content);
        Assert.Equal("summary.md", file.RelativePath);
        Assert.Contains(SummaryTable.Render(suite), text);
        Assert.DoesNotContain("<details", text);
        Assert.DoesNotContain("![", text);
    }

    [Fact]
    public void AnEmptyResultsFolderWritesNothingAndSaysSo()
    {
        using var repo = new TempRepository();
        var ex = Assert.Throws<NothingToReportException>(() => ReportWriter.Write(repo.Repository));
        Assert.StartsWith("nothing to report: artifacts/results/ holds no claim result", ex.Message);
        Assert.False(Directory.Exists(repo.Repository.ReportDirectory) && Directory.EnumerateFileSystemEntries(repo.Repository.ReportDirectory).Any());
    }

    [Fact]
    public void ReproReportWithNothingToReportExitsOne()
    {
        using var repo = new TempRepository();
        var (code, output) = CliHarness.Repro(repo, FakeMeasurement.Catalog(), "report");
        Assert.Equal(Memorization.Cli.ExitCodes.CheckFailed, code);
        Assert.Contains("repro: nothing to report", output);
        Assert.False(File.Exists(Path.Combine(repo.Repository.ReportDirectory, "index.md")));
    }
}
