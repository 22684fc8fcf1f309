using System.Text.Json;
using Memorization.Claims;
using Memorization.Claims.Report;
using Memorization.Claims.Running;
using Snapshooter.Xunit;

namespace Memorization.Tests.Claims;

public class ReportTests
{
    [Fact]
    public void TheMarkdownReportMatchesTheSnapshot() =>
        Snapshot.Match(MarkdownReportExporter.RenderText(FakeResults.Suite()));

    [Fact]
    public void TheSummaryRowShowsMeasuredIntervalThresholdBaselineAndVerdict()
    {
        string markdown = MarkdownReportExporter.RenderText(FakeResults.Suite());
        Assert.Contains("| SING (smoke, cpu) | pass | singleton_fraction_abs_gap 0.000143 [0, 0.00173] | <= 0.005 | ok | 0.2 s |", markdown);
        Assert.Contains("| RECON-LR (smoke, cpu) | **FAIL** | recovery 0.9 [0.88, 0.92] | > 0.65 | **outside** | 13 s |", markdown);
        Assert.Contains("| ACC-MLP (paper, cpu) | skipped | — | — | none | — |", markdown);
        Assert.Contains("![RECON-LR: Sign attack recovers singletons (smoke, cpu)](figures/RECON-LR.smoke.cpu.recovery.png)", markdown);
    }

    [Fact]
    public void TheClaimSectionShowsTheCpuIdentityAndTheNoteOfABaselineFromAnotherCpu()
    {
        string markdown = MarkdownReportExporter.RenderText(FakeResults.Suite());
        Assert.Contains("| CPU | AMD EPYC 7B13 (AuthenticAMD) |\n| instruction sets | avx, avx2, fma |\n", markdown);
        Assert.Contains("| ATen capability | avx2 (derived from the CPU flags) |\n| MKL / OpenMP variables | MKL_CBWR=COMPATIBLE |\n", markdown);
        Assert.Contains("**Baseline:** matched (`baselines/SING/smoke.cpu.json`). within tolerance. Note: the baseline has no CPU identity recorded " +
                        "(only cpu (2 threads)); this run on AMD EPYC 7B13 (AuthenticAMD), ATen avx2, 2 threads, MKL_CBWR=COMPATIBLE: " +
                        "another CPU/dispatch acts like another seed, compare within tolerance only.\n", markdown);
    }

    [Fact]
    public void AnErrorResultIsListedAsAnErrorNeverAsARun()
    {
        SuiteResult suite = FakeResults.Suite();
        var error = suite.Claims[0] with
        {
            ClaimId = "DP", Tier = "smoke", Device = "cuda", Verdict = Verdict.Error,
            Message = "ReproDevice = cuda was demanded, but torch.cuda.is_available() is false on this machine.",
        };
        string markdown = MarkdownReportExporter.RenderText(suite with { Claims = [.. suite.Claims, error] });
        Assert.Contains("3 claim run(s): 1 pass, 1 fail, 1 skipped; **1 could not run**.", markdown);
        Assert.DoesNotContain("| DP (smoke, cuda) |", markdown); // no row in the summary table
        Assert.DoesNotContain("<b>DP</b>", markdown);           // no section with empty metrics
        Assert.Contains("## Could not run", markdown);
        Assert.Contains("| DP | smoke, cuda | 123 | **ERROR**: ReproDevice = cuda was demanded, but torch.cuda.is_available() is false on this machine. |", markdown);
    }

    [Fact]
    public void TheJsonReportRoundTrips()
    {
        SuiteResult suite = FakeResults.Suite();
        ReportFile file = Assert.Single(new JsonReportExporter().Render(suite));
        SuiteResult back = JsonSerializer.Deserialize<SuiteResult>(file.Content, ClaimJson.Indented)!;
        Assert.Equal(JsonSerializer.Serialize(suite, ClaimJson.Canonical), JsonSerializer.Serialize(back, ClaimJson.Canonical));
    }

    [Fact]
    public void FiguresArePngFilesAndTheWholeReportIsWrittenAtomically()
    {
        using var repo = new TempRepository();
        SuiteResult suite = FakeResults.Suite();
        var written = ReportWriter.Exporters.SelectMany(e => e.Export(suite, repo.Repository.ReportDirectory)).ToArray();
        Assert.Equal(["index.md", "summary.md", "results.json", "sweep.json", "RECON-LR.smoke.cpu.recovery.png"], written.Select(Path.GetFileName));
        byte[] png = File.ReadAllBytes(written[4]);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Empty(Directory.GetFiles(repo.Repository.ReportDirectory, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void TheReportIsBuiltFromTheStoredResults()
    {
        using var repo = new TempRepository();
        var store = new ResultStore(repo.Repository);
        foreach (ClaimResult result in FakeResults.Suite().Claims)
        {
            store.Write(result, claimSeed: result.Seed);
        }

        var (suite, _) = ReportWriter.Write(repo.Repository);
        Assert.Equal(["ACC-MLP", "RECON-LR", "SING"], suite.Claims.Select(c => c.ClaimId));
        Assert.True(File.Exists(Path.Combine(repo.Repository.ReportDirectory, "index.md")));
    }

    [Fact]
    public void AMalformedResultFileIsNamed()
    {
        using var repo = new TempRepository();
        Directory.CreateDirectory(repo.Repository.ResultsDirectory);
        File.WriteAllText(Path.Combine(repo.Repository.ResultsDirectory, "SING.smoke.cpu.json"), "{ nope");
        var ex = Assert.Throws<InvalidDataException>(() => new ResultStore(repo.Repository).ReadAll());
        Assert.StartsWith("artifacts/results/SING.smoke.cpu.json is not a claim result", ex.Message);
    }
}
