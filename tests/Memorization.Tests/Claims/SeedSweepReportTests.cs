using System.Text.Json;
using Memorization.Claims.Report;
using Memorization.Claims.Running;
using Memorization.Tests.Claims.Sweep;

namespace Memorization.Tests.Claims;

public class SeedSweepReportTests
{
    private static SuiteResult Swept() => new([SweepRuns.At(7, 0.9)]) { OtherSeedRuns = [SweepRuns.At(1, 0.62), SweepRuns.At(2, 0.8)] };

    [Fact]
    public void TheMarkdownReportHasASeedSweepSectionWithTheHoldCountBoundRangeAndMetricSpread()
    {
        string markdown = MarkdownReportExporter.RenderText(Swept());
        Assert.Contains("1 claim run(s) (smoke, cpu): 1 pass, 0 fail, 0 skipped.", markdown);
        Assert.Contains("2 run(s) at other seeds than the claims' own are in [Seed sweep](#seed-sweep).", markdown);
        Assert.Contains("\n## Seed sweep\n", markdown);
        Assert.Contains("\n### FAKE (smoke, cpu): holds at 2/3 seeds; fails at seed(s) 1\n\nA fake claim. Seeds: 1-2, 7.\n", markdown);
        Assert.Contains("| Assertion | Held | Bound used | Bound min | Bound max | Threshold |", markdown);
        Assert.Contains("| accuracy >= 0.6 at 99.9% | 2/3 | lower | 0.57 | 0.85 | 0.6 |", markdown);
        Assert.Contains("| accuracy | 3 | 0.7733 | 0.1419 | 0.62 | 0.9 |", markdown);
        Assert.Contains("| chance | 3 | 0.5 | 0 | 0.5 | 0.5 |", markdown);
        Assert.Contains("![FAKE accuracy >= 0.6 over seeds](figures/FAKE.smoke.cpu.seeds.accuracy.png)", markdown);
    }

    [Fact]
    public void WithoutOtherSeedsThereIsNoSeedSweepSection()
    {
        string markdown = MarkdownReportExporter.RenderText(FakeResults.Suite());
        Assert.DoesNotContain("Seed sweep", markdown);
        Assert.Equal("[]", System.Text.Encoding.UTF8.GetString(Assert.Single(new SeedSweepJsonExporter().Render(FakeResults.Suite())).Content));
    }

    [Fact]
    public void SweepJsonHoldsTheSweepsAndEveryAssertedBound()
    {
        ReportFile file = Assert.Single(new SeedSweepJsonExporter().Render(Swept()));
        Assert.Equal("sweep.json", file.RelativePath);
        using JsonDocument json = JsonDocument.Parse(file.Content);
        JsonElement sweep = Assert.Single(json.RootElement.EnumerateArray().ToArray());
        Assert.Equal("FAKE", sweep.GetProperty("claimId").GetString());
        Assert.Equal((2, 3), (sweep.GetProperty("held").GetInt32(), sweep.GetProperty("ran").GetInt32()));
        Assert.False(sweep.GetProperty("holds").GetBoolean());
        JsonElement assertion = sweep.GetProperty("assertions")[0];
        Assert.Equal(0.57, assertion.GetProperty("boundMin").GetDouble(), 12);
        Assert.Equal(3, assertion.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public void EachAssertionGetsAStripPlot()
    {
        string[] paths = new FigureExporter().Render(Swept()).Select(f => f.RelativePath).ToArray();
        Assert.Equal(["figures/FAKE.smoke.cpu.seeds.accuracy.png"], paths);
        byte[] png = new FigureExporter().Render(Swept()).Single().Content;
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
    }

    [Fact]
    public void TheSweepIsRebuiltFromTheSeedNamedResultFiles()
    {
        using var repo = new TempRepository();
        var store = new ResultStore(repo.Repository);
        foreach (ClaimResult result in new[] { SweepRuns.At(7, 0.9), SweepRuns.At(1, 0.62), SweepRuns.At(2, 0.8) })
        {
            store.Write(result, claimSeed: 7);
        }

        var (suite, files) = ReportWriter.Write(repo.Repository);
        Assert.Equal([7UL], suite.Claims.Select(c => c.Seed));
        Assert.Equal([1UL, 2], suite.OtherSeedRuns.Select(c => c.Seed));
        Assert.Contains(files, f => f.EndsWith("FAKE.smoke.cpu.seeds.accuracy.png", StringComparison.Ordinal));
        Assert.Contains("### FAKE (smoke, cpu): holds at 2/3 seeds", File.ReadAllText(Path.Combine(repo.Repository.ReportDirectory, "index.md")));
    }
}
