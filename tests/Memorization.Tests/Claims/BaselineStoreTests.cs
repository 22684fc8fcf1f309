using System.Text.Json.Nodes;
using Memorization.Claims.Baselines;
using Memorization.Claims.Running;
using Memorization.Configuration;
using Memorization.Devices;

namespace Memorization.Tests.Claims;

public class BaselineStoreTests
{
    private static ClaimResult RunFake(TempRepository repo, bool update, double accuracy = 0.9)
    {
        var suite = ClaimSuiteFixture.Suite(repo, new FakeMeasurement(accuracy: accuracy));
        return suite.Run(suite.Find("FAKE"), Tier.Smoke, DeviceOption.Cpu, null, update);
    }

    private static string BaselinePath(TempRepository repo) => Path.Combine(repo.Root, "baselines", "FAKE", "smoke.cpu.json");

    [Fact]
    public void AMissingBaselineFailsAndSaysExactlyHowToCreateIt()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        ClaimResult result = RunFake(repo, update: false);
        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Equal(BaselineStatus.Missing, result.Baseline.Status);
        Assert.Contains("baselines/FAKE/smoke.cpu.json does not exist", result.Message);
        Assert.Contains("dotnet test tests/Memorization.Claims.Tests -p:UpdateBaselines=true -p:ReproTier=smoke --filter Claim=FAKE", result.Message);
        Assert.Contains("repro baseline update --claim FAKE --tier smoke", result.Message);
        Assert.False(File.Exists(BaselinePath(repo)), "a baseline must not be written unless asked");
    }

    [Fact]
    public void AnUpdatedBaselineIsSealedAndThenMatches()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        Assert.Equal(BaselineStatus.Updated, RunFake(repo, update: true).Baseline.Status);
        BaselineDocument stored = new BaselineStore(repo.Repository).TryRead("FAKE", "smoke", "cpu")!;
        Assert.Equal(BaselineStore.Hash(stored), stored.Sha256);
        Assert.Equal("smoke", stored.Provenance.Tier);
        Assert.Equal(7UL, stored.Provenance.Seed);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(BaselinePath(repo))!, "*.tmp"));

        ClaimResult again = RunFake(repo, update: false);
        Assert.Equal(Verdict.Pass, again.Verdict);
        Assert.Equal(BaselineStatus.Matched, again.Baseline.Status);
        MetricComparison accuracy = Assert.Single(again.Baseline.Metrics);
        Assert.Equal("accuracy", accuracy.Metric);
        Assert.True(accuracy.Within);
    }

    [Fact]
    public void ARegressionShowsMeasuredBaselineToleranceAndHowToUpdate()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        RunFake(repo, update: true, accuracy: 0.9);
        ClaimResult result = RunFake(repo, update: false, accuracy: 0.85);
        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Equal(BaselineStatus.Regressed, result.Baseline.Status);
        Assert.Contains("accuracy: measured 0.85 [0.8, 0.9], baseline 0.9, |Δ| = 0.05 > tolerance ±0.01 = 0.01", result.Message);
        Assert.Contains("-p:UpdateBaselines=true", result.Message);
    }

    [Fact]
    public void AChangeWithinToleranceStillMatches()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        RunFake(repo, update: true, accuracy: 0.9);
        Assert.Equal(BaselineStatus.Matched, RunFake(repo, update: false, accuracy: 0.905).Baseline.Status);
    }

    [Fact]
    public void ATamperedBaselineFailsNamingTheFileAndTheHash()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        RunFake(repo, update: true);
        string path = BaselinePath(repo);
        JsonNode json = JsonNode.Parse(File.ReadAllText(path))!;
        json["metrics"]![1]!["value"] = 0.99;
        File.WriteAllText(path, json.ToJsonString());

        ClaimResult result = RunFake(repo, update: false);
        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Equal(BaselineStatus.Invalid, result.Baseline.Status);
        Assert.Contains("baselines/FAKE/smoke.cpu.json: field sha256", result.Message);
        Assert.Contains("does not match the file's content", result.Message);
        Assert.Contains("git checkout -- baselines/FAKE/smoke.cpu.json", result.Message);
    }

    [Theory]
    [InlineData("{ \"schema\": 1, \"claim\": \"FAKE\"", "(document)")]
    [InlineData("{ \"schema\": \"one\" }", "$.schema")]
    [InlineData("{ \"schema\": 1, \"claim\": \"FAKE\", \"tier\": \"smoke\", \"device\": \"cpu\", \"seed\": 7, \"metrics\": [ { \"name\": \"x\", \"value\": \"high\" } ] }", "$.metrics[0].value")]
    [InlineData("{ \"schema\": 1, \"colour\": \"red\" }", "colour")]
    public void ACorruptBaselineFailsNamingTheFileAndTheField(string content, string field)
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        Directory.CreateDirectory(Path.GetDirectoryName(BaselinePath(repo))!);
        File.WriteAllText(BaselinePath(repo), content);
        var ex = Assert.Throws<BaselineException>(() => new BaselineStore(repo.Repository).TryRead("FAKE", "smoke", "cpu"));
        Assert.Equal("baselines/FAKE/smoke.cpu.json", ex.File);
        Assert.StartsWith("baselines/FAKE/smoke.cpu.json is not a valid baseline: field ", ex.Message);
        Assert.Contains(field, ex.Message);

        ClaimResult result = RunFake(repo, update: false);
        Assert.Equal(BaselineStatus.Invalid, result.Baseline.Status);
        Assert.Equal(Verdict.Fail, result.Verdict);
    }

    [Fact]
    public void ABaselineOfAnotherClaimInThisFileIsRefused()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        RunFake(repo, update: true);
        string path = BaselinePath(repo);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"claim\": \"FAKE\"", "\"claim\": \"SING\""));
        var ex = Assert.Throws<BaselineException>(() => new BaselineStore(repo.Repository).TryRead("FAKE", "smoke", "cpu"));
        Assert.Equal("claim", ex.Field);
        Assert.Contains("field claim is 'SING' but must be 'FAKE'", ex.Message);
    }

    [Fact]
    public void AFailingRunDoesNotRewriteTheBaseline()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid(threshold: 0.95));
        ClaimResult result = RunFake(repo, update: true);
        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Contains("an assertion failed, so the baseline was not rewritten", result.Message);
        Assert.False(File.Exists(BaselinePath(repo)));
    }

    [Fact]
    public void AGpuRunWithoutACudaBaselineIsComparedWithTheCpuOneAndSaysSo()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        ClaimResult cpu = RunFake(repo, update: true);
        var suite = ClaimSuiteFixture.Suite(repo, new FakeMeasurement());
        var store = new BaselineStore(repo.Repository);
        BaselineComparison comparison = store.Compare(suite.Find("FAKE"), "smoke", "cuda", 7, cpu.Metrics);
        Assert.Equal(BaselineStatus.Matched, comparison.Status);
        Assert.Equal("baselines/FAKE/smoke.cpu.json", comparison.File);
        Assert.StartsWith("no cuda baseline (baselines/FAKE/smoke.cuda.json), so compared with the baseline recorded on another device (cpu)", comparison.Message);

        var drifted = cpu.Metrics.Select(m => m.Name == "accuracy" ? m with { Value = 0.8 } : m).ToArray();
        Assert.Equal(BaselineStatus.Regressed, store.Compare(suite.Find("FAKE"), "smoke", "cuda", 7, drifted).Status);
    }

    [Fact]
    public void BaselinePathsCannotEscapeTheFolder()
    {
        using var repo = new TempRepository();
        var ex = Assert.Throws<ArgumentException>(() => repo.Repository.BaselineFile("../../etc", "smoke", "cpu"));
        Assert.Contains("is not a claim id", ex.Message);
        Assert.Throws<ArgumentException>(() => repo.Repository.BaselineFile("SING", "../x", "cpu"));
        Assert.Throws<ArgumentException>(() => repo.Repository.ClaimFile("SING/../../x"));
    }
}
