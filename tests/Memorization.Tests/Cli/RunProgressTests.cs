using System.Text.Json;
using Memorization.Cli;
using Memorization.Cli.Infrastructure;
using Memorization.Configuration;
using Memorization.Experiments;
using Memorization.Tests.Claims;
using Spectre.Console;

namespace Memorization.Tests.Cli;

/// <summary>
/// <c>repro run</c>'s progress off a terminal: periodic plain lines on standard error (CI logs show them), never on
/// standard output; and the GPU tier flag as a repro user meets it.
/// </summary>
public class RunProgressTests
{
    private sealed class FakeClock
    {
        public TimeSpan Now { get; set; }
    }

    [Fact]
    public void PlainLinesComeAtMostOncePerIntervalAndNameTheStage()
    {
        var clock = new FakeClock();
        var writer = new StringWriter();
        using var lines = new PlainProgressLines(writer, "RECON-MLP", TimeSpan.FromSeconds(15), () => clock.Now);
        clock.Now = TimeSpan.FromSeconds(5);
        lines.Report(new ExperimentProgress(0.1, "mlp: step 50/2000 (checkpoint 2), attacking 172 singletons"));
        Assert.Equal("", writer.ToString()); // a claim that ends within the interval prints no progress at all

        clock.Now = TimeSpan.FromSeconds(16);
        lines.Tick(); // the timer's call: a line even though nothing was reported since
        clock.Now = TimeSpan.FromSeconds(20);
        lines.Report(0.25);
        clock.Now = TimeSpan.FromSeconds(125);
        lines.Report(new ExperimentProgress(0.375, "mlp: step 750/2000 (checkpoint 16), attacking 172 singletons"));
        lines.Dispose();
        clock.Now = TimeSpan.FromSeconds(500);
        lines.Tick(); // after Dispose nothing more

        Assert.Equal(
        [
            "repro: RECON-MLP 10% after 16s: mlp: step 50/2000 (checkpoint 2), attacking 172 singletons",
            "repro: RECON-MLP 38% after 2m 05s: mlp: step 750/2000 (checkpoint 16), attacking 172 singletons",
        ], writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void RunWithJsonKeepsProgressOnStandardErrorAndTheDocumentClean()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        var fake = new FakeMeasurement { Stage = "mlp: step 1000/2000 (checkpoint 21), attacking 172 singletons" };
        var (code, stdout, stderr) = Run(repo, fake, "run", "--claim", "FAKE", "--json");
        Assert.Equal(ExitCodes.CheckFailed, code); // no baseline in the temp repository; the progress is what is tested
        using JsonDocument document = JsonDocument.Parse(stdout); // nothing but the document on standard output
        Assert.DoesNotContain("attacking", stdout);
        Assert.Matches(@"repro: FAKE 50% after \d+s: mlp: step 1000/2000 \(checkpoint 21\), attacking 172 singletons", stderr);
    }

    [Fact]
    public void AGpuTierIsSkippedWithReprosFlagNamedAndRunsWithIt()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        var fake = new FakeMeasurement();
        var (_, skipped, _) = Run(repo, fake, "run", "--claim", "FAKE", "--tier", "paper", "--device", "cpu");
        Assert.Contains("SKIP", skipped);
        Assert.Equal(0, fake.Calls);

        var (_, ran, _) = Run(repo, fake, "run", "--claim", "FAKE", "--tier", "paper", "--device", "cpu", "--allow-gpu-tiers-on-cpu");
        Assert.Equal(1, fake.Calls);
        Assert.Contains("tier paper, device cpu (test), GPU tiers allowed on the CPU", ran);
        string result = File.ReadAllText(repo.Repository.ResultFile("FAKE", "paper", "cpu"));
        Assert.DoesNotContain("needs a GPU", result);
    }

    [Fact]
    public void TheSkipReasonInTheResultNamesTheFlag()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        Run(repo, new FakeMeasurement(), "run", "--claim", "FAKE", "--tier", "paper", "--device", "cpu");
        string result = File.ReadAllText(repo.Repository.ResultFile("FAKE", "paper", "cpu"));
        Assert.Contains("--allow-gpu-tiers-on-cpu", result);
        Assert.DoesNotContain("-p:ReproDevice", result);
    }

    private static (int Code, string Out, string Err) Run(TempRepository repo, FakeMeasurement measurement, params string[] args) =>
        CliHarness.ReproWithProgress(repo, FakeMeasurement.Catalog(measurement), TimeSpan.Zero, args);
}
