using Memorization.Claims;
using Memorization.Claims.Measurements;
using Memorization.Configuration;
using Memorization.Tests.Claims;

namespace Memorization.Tests.Cli;

public class SeedSweepCliTests
{
    private static readonly string RepositoryRoot = ReproSettings.Load(typeof(SeedSweepCliTests).Assembly).RepositoryRoot!;

    private static (int Code, string Output) Repro(TempRepository repo, params string[] args) => CliHarness.Repro(repo, FakeMeasurement.Catalog(), args);

    private static TempRepository Repo() => new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());

    private static string Results(TempRepository repo) => repo.Repository.ResultsDirectory;

    [Theory]
    [InlineData("5-1", "--seeds = '5-1' is not valid: the range 5-1 runs backwards (write 1-5). Valid values: ")]
    [InlineData("1,,3", "--seeds = '1,,3' is not valid: an item between commas is empty.")]
    [InlineData("x", "--seeds = 'x' is not valid: 'x' is neither a seed nor a range A-B of seeds.")]
    [InlineData("1-5000", "--seeds = '1-5000' is not valid: it selects more than 1000 seeds.")]
    public void ABadSeedListIsAUsageErrorAndNothingRuns(string seeds, string message)
    {
        using var repo = Repo();
        var (code, output) = Repro(repo, "run", "--seeds", seeds);
        Assert.Equal(2, code);
        Assert.StartsWith("repro: " + message, output.Trim());
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "artifacts")), "nothing may run on a bad seed list");
    }

    [Fact]
    public void SeedAndSeedsTogetherAreAUsageError()
    {
        using var repo = Repo();
        var (code, output) = Repro(repo, "run", "--seed", "3", "--seeds", "1-2");
        Assert.Equal(2, code);
        Assert.Equal("repro: --seed 3 and --seeds 1-2 were both given; use one: --seed N runs each claim once at seed N, --seeds LIST runs it at every seed of LIST (e.g. --seeds 1-10).",
            output.Trim());
    }

    [Fact]
    public void ASweepNeverRewritesBaselines()
    {
        using var repo = Repo();
        var (code, output) = Repro(repo, "baseline", "update", "--seeds", "1-2");
        Assert.Equal(2, code);
        Assert.Contains("repro: --seeds cannot rewrite baselines (repro baseline update or UpdateBaselines=true)", output);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "baselines")));
    }

    [Fact]
    public void TheSweepRunsEverySeedWritesSeedNamedResultsAndExitsZeroWhenEverySeedHolds()
    {
        using var repo = Repo();
        Assert.Equal(0, Repro(repo, "baseline", "update").Code); // at the claim's own seed, 7
        var (code, output) = Repro(repo, "run", "--seeds", "1-2,7");
        Assert.Equal(0, code);
        Assert.Contains("repro: 1 claim(s), tier smoke, device cpu (test), chosen by --device auto, 3 seed(s) (1-2, 7)", output);
        Assert.Matches(@"PASS +FAKE +smoke cpu seed 1 ", output);
        Assert.Matches(@"PASS +FAKE +smoke cpu seed 7 ", output);
        Assert.Contains("repro: seed sweep over 3 seed(s) (1-2, 7): 1 of 1 claim(s) hold at every seed they ran at.", output);
        Assert.Contains("HOLDS FAKE (smoke, cpu): holds at 3/3 seeds", output);
        Assert.Contains("accuracy >= 0.6 at 99.9%: held 3/3; lower bound 0.85, threshold 0.6", output);
        Assert.Contains("accuracy: mean 0.9, sd 0, min 0.9, max 0.9 (3 seed(s))", output);
        Assert.Equal(["FAKE.smoke.cpu.json", "FAKE.smoke.cpu.seed1.json", "FAKE.smoke.cpu.seed2.json"],
            Directory.GetFiles(Results(repo)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        string index = File.ReadAllText(Path.Combine(repo.Repository.ReportDirectory, "index.md"));
        Assert.Contains("### FAKE (smoke, cpu): holds at 3/3 seeds", index);
        Assert.True(File.Exists(Path.Combine(repo.Repository.ReportDirectory, "sweep.json")));
        Assert.True(File.Exists(Path.Combine(repo.Repository.ReportDirectory, "figures", "FAKE.smoke.cpu.seeds.accuracy.png")));
    }

    [Fact]
    public void TheSweepExitsOneWhenTheClaimFailsAtAnySeed()
    {
        using var repo = Repo();
        Assert.Equal(0, Repro(repo, "baseline", "update").Code);
        var (code, output) = CliHarness.Repro(repo, FakeMeasurement.Catalog(new SeedDependentMeasurement()), "run", "--seeds", "1-4");
        Assert.Equal(1, code);
        Assert.Matches(@"FAIL +FAKE +smoke cpu seed 3 ", output);
        Assert.Contains("FAILS FAKE (smoke, cpu): holds at 3/4 seeds; fails at seed(s) 3", output);
        Assert.Contains("held 3/4; lower bound 0.45 … 0.85", output);
    }

    [Fact]
    public void TheSingletonClaimHoldsAtTwoOtherSeeds()
    {
        using var repo = new TempRepository().WithClaim("SING.yaml", File.ReadAllText(Path.Combine(RepositoryRoot, "claims", "SING.yaml")));
        string baseline = Path.Combine(RepositoryRoot, "baselines", "SING", "smoke.cpu.json");
        Directory.CreateDirectory(Path.Combine(repo.Root, "baselines", "SING"));
        File.Copy(baseline, repo.Repository.BaselineFile("SING", "smoke", "cpu"));

        var (code, output) = CliHarness.Repro(repo, ClaimMeasurementCatalog.Default, "run", "--claim", "SING", "--seeds", "1-2", "--tier", "smoke", "--device", "cpu");

        Assert.Equal(0, code);
        Assert.Matches(@"PASS +SING +smoke cpu seed 1 ", output);
        Assert.Matches(@"PASS +SING +smoke cpu seed 2 ", output);
        Assert.Contains("HOLDS SING (smoke, cpu): holds at 2/2 seeds", output);
        Assert.Contains("singleton_fraction >= 0.3 at 99.98%: held 2/2; lower bound ", output);
        Assert.Contains("singleton_fraction: mean 0.368", output);
        Assert.Equal(File.ReadAllText(baseline), File.ReadAllText(repo.Repository.BaselineFile("SING", "smoke", "cpu")));
        Assert.Equal(["SING.smoke.cpu.seed1.json", "SING.smoke.cpu.seed2.json"],
            Directory.GetFiles(Results(repo)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>The fake claim's measurement, but at seed 3 its accuracy drops below the threshold's reach.</summary>
    private sealed class SeedDependentMeasurement : IClaimMeasurement
    {
        public string ClaimId => "FAKE";

        public IReadOnlyList<string> Metrics { get; } = ["accuracy", "chance"];

        public ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken)
        {
            double accuracy = claimCase.Seed == 3 ? 0.5 : 0.9;
            return new([MetricValue.Exact("chance", 0.5), .. claimCase.ConfidenceLevels.Select(c => new MetricValue("accuracy", accuracy, accuracy - 0.05, accuracy + 0.05, c, 10))], [], []);
        }
    }
}
