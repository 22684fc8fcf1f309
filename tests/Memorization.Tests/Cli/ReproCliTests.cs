using Memorization.Claims.Measurements;
using Memorization.Cli.Commands;
using Memorization.Experiments.Hcl;
using Memorization.Tests.Claims;

namespace Memorization.Tests.Cli;

public class ReproCliTests
{
    private static (int Code, string Output) Repro(TempRepository repo, params string[] args) => Repro(repo, FakeMeasurement.Catalog(), args);

    private static (int Code, string Output) Repro(TempRepository repo, ClaimMeasurementCatalog catalog, params string[] args) =>
        CliHarness.Repro(repo, catalog, args);

    private static TempRepository Repo() => new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());

    [Fact]
    public void TasksPrintsBothTasksAndTheExactInformationAtTheTinyTier()
    {
        using var repo = Repo();
        var (code, output) = Repro(repo, "tasks", "--tier", "tiny", "--device", "cpu");
        Assert.Equal(0, code);
        Assert.Contains("HCL: HCL(n=3, d=4, N=3", output);
        Assert.Contains("NSP: NSP(n=3, d=3, N=3", output);
        Assert.Contains("singleton fraction", output);
        Assert.Contains("exact (bayes-optimal, 8 instances): I(X;M|P) =", output);
        Assert.Contains("exact (bayes-forgetful", output);
    }

    [Theory]
    [InlineData("--tier", "tinny", "--tier = 'tinny' is not valid. Valid values: smoke, paper, tiny.")]
    [InlineData("--confidence", "1.5", "--confidence = 1.5 is not valid")]
    public void TasksRejectsBadOptionsNamingThem(string option, string value, string message)
    {
        using var repo = Repo();
        var (code, output) = Repro(repo, "tasks", option, value);
        Assert.Equal(2, code);
        Assert.Contains(message, output);
    }

    [Theory]
    [InlineData("--threads", "0", "--threads = 0 is not valid. Valid values: a whole number of threads ≥ 1")]
    [InlineData("--repeats", "0", "--repeats = 0 is not valid")]
    [InlineData("--mlp-steps", "0", "--mlp-steps = 0 is not valid")]
    [InlineData("--informed-samples=-1", null, "--informed-samples = -1 is not valid. Valid values: a whole number ≥ 0 (0 skips")]
    [InlineData("--device", "gpu", "--device = 'gpu' is not valid")]
    [InlineData("--thread", "2", "Unknown option 'thread'")]
    [InlineData("--json", "/no-such-folder-for-repro/bench.json", "the folder '/no-such-folder-for-repro' does not exist")]
    [InlineData("--sgemm-square=-1", null, "--sgemm-square = -1 is not valid. Valid values: a whole number ≥ 0 (0 leaves the square product out)")]
    [InlineData("--sgemm-repeats", "0", "--sgemm-repeats = 0 is not valid. Valid values: a whole number of timed calls ≥ 1")]
    public void BenchHclRejectsBadOptionsBeforeMeasuring(string option, string? value, string message)
    {
        using var repo = Repo();
        var (code, output) = value is null ? Repro(repo, "bench", "hcl", option) : Repro(repo, "bench", "hcl", option, value);
        Assert.Equal(2, code);
        Assert.Contains(message, output);
        Assert.DoesNotContain("repro bench hcl: HCL(", output); // refused before generating data or training
    }

    [Fact]
    public void BenchHclSummaryTakesMediansAndScalesByThePublishedSchedule()
    {
        static HclTimingReport Report(double lr, double mlpStep, double sign, double ascent, double? informed) =>
            new("cpu (test)", 10, TimeSpan.FromSeconds(lr), 50, TimeSpan.FromSeconds(mlpStep), 30, TimeSpan.FromSeconds(sign),
                TimeSpan.FromSeconds(ascent), 2.0, 0.9, 0.8,
                [TimeSpan.FromSeconds(2 * lr), TimeSpan.FromSeconds(30 * 2 * mlpStep), TimeSpan.FromSeconds(2 * sign), TimeSpan.FromSeconds(2 * ascent)])
            { InformedAttack = informed is { } i ? TimeSpan.FromSeconds(i) : null };

        HclBenchSummary summary = HclBenchSummary.From([Report(3, 0.2, 1, 10, 7), Report(1, 0.1, 3, 30, null), Report(2, 0.3, 2, 20, null)], 2, BenchHclSummaryTests.Peak());

        Assert.Equal((26, 41), (summary.LrCheckpoints, summary.MlpCheckpoints));
        Assert.Equal(2.0, summary.LrTotalS, 12);
        Assert.Equal(40.0, summary.LrStepMs, 9);
        Assert.Equal(200.0, summary.MlpStepMs, 9);
        Assert.Equal(0.2, summary.SignAttackSPerSingleton, 12);
        Assert.Equal(7.0, summary.InformedAttackAllS);
        Assert.Equal(2.0 + (26 * 2.0), summary.ExperimentLrPartS, 9);
        Assert.Equal((2000 * 0.2) + (41 * 20.0), summary.ExperimentMlpPartS, 9);
        Assert.Equal(new HclBenchCpuTimes(4.0, 400.0, 4.0, 40.0), summary.Cpu with { MlpStepMs = Math.Round(summary.Cpu.MlpStepMs, 9) });
        Assert.Equal(4, HclBenchSummary.Checkpoints(5, 2)); // steps 0, 2, 4 and the last, 5
        Assert.Throws<ArgumentException>(() => HclBenchSummary.From([], 2, BenchHclSummaryTests.Peak()));
    }

    [Fact]
    public void ListShowsEveryClaim()
    {
        using var repo = Repo();
        var (code, output) = Repro(repo, "list");
        Assert.Equal(0, code);
        Assert.Contains("FAKE", output);
        Assert.Contains("smoke, paper (gpu)", output);
    }

    [Fact]
    public void RunWithoutBaselineFailsThenBaselineUpdateThenRunPasses()
    {
        using var repo = Repo();
        var (first, output) = Repro(repo, "run", "--device", "cpu");
        Assert.Equal(1, first);
        Assert.Matches(@"FAIL +FAKE +smoke cpu +\d+/\d+ assertion\(s\) hold, baseline missing", output);
        Assert.Contains("repro baseline update --claim FAKE --tier smoke", output);
        Assert.True(File.Exists(Path.Combine(repo.Root, "artifacts", "report", "index.md")));

        Assert.Equal(0, Repro(repo, "baseline", "update", "--claim", "FAKE").Code);
        Assert.True(File.Exists(Path.Combine(repo.Root, "baselines", "FAKE", "smoke.cpu.json")));
        var (again, passed) = Repro(repo, "run");
        Assert.Equal(0, again);
        Assert.Matches(@"PASS +FAKE +smoke cpu +1/1 assertion\(s\) hold, baseline matched", passed);
        Assert.Equal(0, Repro(repo, "baseline", "verify").Code);
    }

    [Fact]
    public void AnUnknownClaimIdListsTheValidIds()
    {
        using var repo = Repo();
        var (code, output) = Repro(repo, "run", "--claim", "SINGG");
        Assert.Equal(2, code);
        Assert.Equal("repro: unknown claim 'SINGG'. Valid ids: FAKE.", output.Trim());
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("FAKE/../../x")]
    public void AClaimIdThatIsAPathIsRefused(string id)
    {
        using var repo = Repo();
        var (code, output) = Repro(repo, "baseline", "update", "--claim", id);
        Assert.Equal(2, code);
        Assert.Contains($"'{id}' is not a claim id", output);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "baselines")));
    }

    [Theory]
    [InlineData("--tier", "smok", "--tier = 'smok' is not valid. Valid values: smoke, paper, tiny.")]
    [InlineData("--device", "gpu", "--device = 'gpu' is not valid. Valid values: auto, cpu, cuda.")]
    public void AMisspeltOptionNamesItAndListsTheChoices(string option, string value, string message)
    {
        using var repo = Repo();
        var (code, output) = Repro(repo, "run", option, value);
        Assert.Equal(2, code);
        Assert.Equal("repro: " + message, output.Trim());
    }

    [Fact]
    public void ValidateInMsBuildFormatPrintsCanonicalErrorLines()
    {
        using var repo = new TempRepository().WithClaim("RECON-LR.yaml", ClaimYaml.Valid(id: "RECON-LR").Replace("threshold: 0.6", "threshold: \"high\""));
        var (code, output) = Repro(repo, FakeMeasurement.Catalog(new FakeMeasurement("RECON-LR")), "claims", "validate", "--format", "msbuild", "--root", repo.Root);
        Assert.Equal(1, code);
        Assert.Equal(
            "claims/RECON-LR.yaml(30,16): error REPRO002: assertions[0].threshold must be a number, not the quoted text \"high\". Fix: Write an unquoted decimal number, e.g. 0.05.",
            output.Trim());
    }

    [Fact]
    public void ValidateAcceptsOnlyKnownFormats()
    {
        using var repo = Repo();
        var (code, output) = Repro(repo, "claims", "validate", "--format", "xml");
        Assert.Equal(2, code);
        Assert.Contains("--format = 'xml' is not valid. Valid values: text, msbuild.", output);
    }

    [Fact]
    public void RunRefusesInvalidClaimsListingEachProblem()
    {
        using var repo = Repo().WithClaim("BROKEN.yaml", "id: BROKEN\ntitle: !!python/object:os.system x\n");
        var (code, output) = Repro(repo, "run");
        Assert.Equal(2, code);
        Assert.Contains("nothing was measured", output);
        Assert.Contains("claims/BROKEN.yaml:2:8 REPRO008", output);
    }

    [Fact]
    public void VerifyFindsATamperedBaseline()
    {
        using var repo = Repo();
        Repro(repo, "baseline", "update");
        string path = Path.Combine(repo.Root, "baselines", "FAKE", "smoke.cpu.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"value\": 0.9,", "\"value\": 0.95,"));
        var (code, output) = Repro(repo, "baseline", "verify");
        Assert.Equal(1, code);
        Assert.Contains("INVALID  baselines/FAKE/smoke.cpu.json: field sha256", output);
    }

    [Fact]
    public void AnUnknownOptionIsNotIgnored()
    {
        using var repo = Repo();
        var (code, output) = Repro(repo, "run", "--tire", "smoke");
        Assert.Equal(2, code);
        Assert.Contains("tire", output);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "artifacts")), "nothing may run on a misspelt option");
    }

    [Fact]
    public void ABadSeedSaysWhatASeedIs()
    {
        using var repo = Repo();
        var (code, output) = Repro(repo, "run", "--seed", "abc");
        Assert.Equal(2, code);
        Assert.Equal("repro: --seed = 'abc' is not valid. Valid values: a whole number from 0 to 18446744073709551615.", output.Trim());
    }

    [Fact]
    public void AnUnknownCommandIsABadInput()
    {
        using var repo = Repo();
        var (code, output) = Repro(repo, "frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("Unknown command 'frobnicate'", output);
        Assert.Contains("Valid commands: list, run, audit, tasks, report, baseline update, baseline verify, claims validate, bench hcl.", output);
    }

    [Fact]
    public void AMissingRootSaysHowToGiveOne()
    {
        using var repo = Repo();
        var (code, output) = Repro(repo, "list", "--root", Path.Combine(repo.Root, "nowhere"));
        Assert.Equal(2, code);
        Assert.Contains("has no claims/ folder", output);
    }
}
