using Memorization.Claims.Running;
using Memorization.Configuration;
using Memorization.Devices;
using Memorization.Tests.Claims.Sweep;

namespace Memorization.Tests.Claims;

public class ResultStoreTests
{
    [Fact]
    public void ARunAtTheClaimsOwnSeedKeepsThePlainNameAndAnotherSeedIsNamedInTheFile()
    {
        using var repo = new TempRepository();
        var store = new ResultStore(repo.Repository);
        Assert.Equal("artifacts/results/FAKE.smoke.cpu.json", repo.Repository.Relative(store.PathOf(SweepRuns.At(7, 0.9), claimSeed: 7)));
        Assert.Equal("artifacts/results/FAKE.smoke.cpu.seed5.json", repo.Repository.Relative(store.PathOf(SweepRuns.At(5, 0.9), claimSeed: 7)));
        Assert.Equal("artifacts/results/FAKE.smoke.cpu.seed0.json", repo.Repository.Relative(store.PathOf(SweepRuns.At(0, 0.9), claimSeed: 7)));
    }

    [Theory]
    [InlineData("FAKE.smoke.cpu.json", false)]
    [InlineData("FAKE.smoke.cpu.seed5.json", true)]
    [InlineData("FAKE.smoke.cpu.seed18446744073709551615.json", true)]
    [InlineData("FAKE.smoke.cpu.seedx.json", false)]
    [InlineData("FAKE.smoke.seed5.json", false)]
    public void OnlySeedNamedFilesAreRunsAtOtherSeeds(string name, bool other) =>
        Assert.Equal(other, ResultStore.IsOtherSeedFile(Path.Combine("artifacts", "results", name)));

    [Fact]
    public void ARunAtAnotherSeedNeverReplacesTheResultAtTheClaimsOwnSeedNorTheBaseline()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        var suite = ClaimSuiteFixture.Suite(repo, new FakeMeasurement());
        Assert.Equal(Verdict.Pass, suite.Run(suite.Find("FAKE"), Tier.Smoke, DeviceOption.Cpu, null, updateBaselines: true).Verdict);
        string baseline = File.ReadAllText(repo.Repository.BaselineFile("FAKE", "smoke", "cpu"));

        ClaimResult other = suite.Run(suite.Find("FAKE"), Tier.Smoke, DeviceOption.Cpu, 5, updateBaselines: false);

        Assert.Equal(Verdict.Pass, other.Verdict);
        Assert.Contains("was recorded with seed 7; this run used seed 5, so its values are not compared", other.Baseline.Message);
        Assert.Equal(baseline, File.ReadAllText(repo.Repository.BaselineFile("FAKE", "smoke", "cpu")));
        SuiteResult stored = new ResultStore(repo.Repository).ReadAll();
        Assert.Equal(7UL, Assert.Single(stored.Claims).Seed);
        Assert.Equal(5UL, Assert.Single(stored.OtherSeedRuns).Seed);
        Assert.True(File.Exists(repo.Repository.ResultFile("FAKE", "smoke", "cpu", otherSeed: 5)));
    }
}
