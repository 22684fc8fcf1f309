using Memorization.Claims;
using Memorization.Claims.Baselines;
using Memorization.Claims.Measurements;
using Memorization.Cli;
using Memorization.Configuration;
using Memorization.Devices;
using Memorization.Tests.Claims.Files;
using Memorization.Tests.Cli;

namespace Memorization.Tests.Claims.Baselines;

/// <summary><c>repro baseline verify</c> is a gate: it passes on a clean checkout and fails exactly where a run would.</summary>
public class BaselineVerifyTests
{
    private static readonly string RepositoryRoot = ReproSettings.Load(typeof(BaselineVerifyTests).Assembly).RepositoryRoot!;

    private static (int Code, string Output) Repro(TempRepository repo, params string[] args) => CliHarness.Repro(repo, FakeMeasurement.Catalog(), args);

    /// <summary>The fake claim (smoke; paper gpu: true) with its smoke baseline recorded at its seed, 7.</summary>
    private static TempRepository Recorded()
    {
        var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        Assert.Equal(0, Repro(repo, "baseline", "update", "--device", "cpu").Code);
        return repo;
    }

    private static string Folder(TempRepository repo) => Path.Combine(repo.Root, "baselines", "FAKE");

    [Fact]
    public void TheRepositorysOwnBaselinesPassAtEveryTierTheyCover()
    {
        var suite = new ClaimSuite(new ReproRepository(RepositoryRoot), ClaimMeasurementCatalog.Default, _ => throw new InvalidOperationException("verify must not need a device here"));
        var verifier = new BaselineVerifier(new BaselineStore(suite.Repository), () => false);
        foreach ((Tier tier, bool given) in new[] { (Tier.Smoke, false), (Tier.Smoke, true), (Tier.Tiny, true) })
        {
            IReadOnlyList<BaselineFinding> findings = verifier.Verify(suite.Claims, tier, given, DeviceOption.Cpu, null, everyClaim: true);
            Assert.True(!findings.Any(f => f.IsProblem), string.Join("\n", findings.Where(f => f.IsProblem)));
            Assert.Contains(findings, f => f is { Kind: BaselineFindingKind.Ok, File: "baselines/EXACT/tiny.cpu.json" }); // tiny-only: read at every tier
        }
    }

    [Fact]
    public void ACleanRecordingPasses()
    {
        using var repo = Recorded();
        var (code, output) = Repro(repo, "baseline", "verify");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("OK       baselines/FAKE/smoke.cpu.json: sealed, recorded at seed 7", output);
        Assert.Contains("repro: 1 baseline file(s) verified, no problem", output);
    }

    [Fact]
    public void ATinyOnlyClaimIsVerifiedAgainstItsTinyBaselineAtEveryTier()
    {
        string tinyOnly = ClaimYaml.Valid().Replace("  smoke:\n", "  tiny:\n").Replace("  paper:\n    gpu: true\n    parameters:\n      n: 500\n", "");
        using var repo = new TempRepository().WithClaim("FAKE.yaml", tinyOnly);
        Assert.Equal(0, Repro(repo, "baseline", "update", "--device", "cpu").Code);
        Assert.True(File.Exists(Path.Combine(Folder(repo), "tiny.cpu.json")));
        foreach (string tier in new[] { "smoke", "paper", "tiny" })
        {
            var (code, output) = Repro(repo, "baseline", "verify", "--tier", tier);
            Assert.Equal(ExitCodes.Ok, code);
            Assert.DoesNotContain("MISSING", output);
            Assert.Contains("OK       baselines/FAKE/tiny.cpu.json", output);
        }
    }

    [Fact]
    public void AClaimWithoutTheTierNeedsNoBaselineThere()
    {
        using var repo = Recorded();
        var (code, output) = Repro(repo, "baseline", "verify", "--tier", "tiny");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("note     FAKE: not run at tier tiny here, so no baseline is needed: claim FAKE defines no tiny tier", output);
    }

    [Fact]
    public void TheDeviceIsHonoured()
    {
        using var repo = Recorded();
        var (cuda, fallback) = Repro(repo, "baseline", "verify", "--device", "cuda");
        Assert.Equal(ExitCodes.Ok, cuda);
        Assert.Contains("note     baselines/FAKE/smoke.cpu.json: there is no cuda baseline, so a run on cuda is compared with this one, recorded on cpu", fallback);

        var (gpuTier, missing) = Repro(repo, "baseline", "verify", "--tier", "paper", "--device", "cuda");
        Assert.Equal(ExitCodes.CheckFailed, gpuTier);
        Assert.Contains("MISSING  baselines/FAKE/paper.cuda.json: a run of FAKE at tier paper on cuda would find no baseline (nor one recorded on cpu) and fail.", missing);

        var (cpuSkips, skipped) = Repro(repo, "baseline", "verify", "--tier", "paper", "--device", "cpu");
        Assert.Equal(ExitCodes.Ok, cpuSkips);
        Assert.Contains("needs a GPU", skipped);
    }

    [Fact]
    public void TheSeedIsHonoured()
    {
        using var repo = Recorded();
        var (code, output) = Repro(repo, "baseline", "verify", "--seed", "8");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("sealed, recorded at seed 7", output);
        Assert.Contains("a run at --seed 8 is not compared with it", output);
        Assert.Contains("seed 8)", output);

        repo.WithClaim("FAKE.yaml", ClaimYaml.Valid().Replace("seed: 7", "seed: 9"));
        var (stale, message) = Repro(repo, "baseline", "verify");
        Assert.Equal(ExitCodes.CheckFailed, stale);
        Assert.Contains("STALE    baselines/FAKE/smoke.cpu.json: recorded at seed 7, but claim FAKE's seed is 9", message);
    }

    [Fact]
    public void DebrisUnusedTiersAndOrphanFoldersFailTheGate()
    {
        using var repo = Recorded();
        File.WriteAllText(Path.Combine(Folder(repo), $".smoke.cpu.json.4242.{Guid.NewGuid():N}.tmp"), "{ half");
        File.Copy(Path.Combine(Folder(repo), "smoke.cpu.json"), Path.Combine(Folder(repo), "tiny.cpu.json"));
        Directory.CreateDirectory(Path.Combine(repo.Root, "baselines", "GONE"));
        var (code, output) = Repro(repo, "baseline", "verify");
        Assert.Equal(ExitCodes.CheckFailed, code);
        Assert.Contains("DEBRIS   baselines/FAKE/.smoke.cpu.json.4242.", output);
        Assert.Contains("UNUSED   baselines/FAKE/tiny.cpu.json: claim FAKE defines no tiny tier (it has: paper, smoke), so no run reads this file.", output);
        Assert.Contains("ORPHAN   baselines/GONE/: there is no claim GONE", output);
        Assert.Contains("repro: 3 baseline problem(s)", output);
    }

    [Fact]
    public void AFifoBaselineIsInvalidNotAHang()
    {
        if (!SpecialFiles.Unix)
        {
            return;
        }

        using var repo = Recorded();
        string path = Path.Combine(Folder(repo), "smoke.cpu.json");
        File.Delete(path);
        SpecialFiles.MakeFifo(path);
        var (code, output) = Repro(repo, "baseline", "verify");
        Assert.Equal(ExitCodes.CheckFailed, code);
        Assert.Contains("INVALID  baselines/FAKE/smoke.cpu.json is a named pipe (FIFO), not a regular file", output);
        Assert.DoesNotContain("MISSING", output);
    }
}
