using System.Diagnostics;
using Memorization.Claims.Measurements;
using Memorization.Cli;
using Memorization.Cli.Audit;
using Memorization.Configuration;
using Memorization.Devices;
using Memorization.Tests.Claims;

namespace Memorization.Tests.Cli.Audit;

/// <summary>
/// The real audit: each run a `repro audit-run` process of its own, on the real singleton claim (no training; a few
/// seconds per process, LibTorch load included).
/// </summary>
public class ChildProcessAuditTests
{
    private static readonly string RepositoryRoot = ReproSettings.Load(typeof(ChildProcessAuditTests).Assembly).RepositoryRoot!;

    private static TempRepository SingRepo() => new TempRepository().WithClaim("SING.yaml",
        File.ReadAllText(Path.Combine(RepositoryRoot, "claims", "SING.yaml")).Replace("replicates: 20000", "replicates: 2000"));

    [Fact]
    public void TwoProcessesComputeTheClaimAndAgreeBitForBit()
    {
        using var repo = SingRepo();
        var (code, output) = CliHarness.Repro(repo, ClaimMeasurementCatalog.Default, "audit", "--claim", "SING", "--device", "cpu");
        Assert.True(code == ExitCodes.Ok, output);
        Assert.Contains("IDENTICAL SING (smoke, cpu, seed 123): digest ", output);
        var match = System.Text.RegularExpressions.Regex.Match(output, @"computed twice from scratch: processes (\d+) and (\d+)");
        Assert.True(match.Success, output);
        int first = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        int second = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(first, second);
        Assert.DoesNotContain(Environment.ProcessId, new[] { first, second });
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "artifacts")), "the runs write into folders of their own, not artifacts/");
    }

    [Fact]
    public void ARealRunPerturbedAtAnotherSeedIsDifferentNamingTheMetric()
    {
        using var repo = SingRepo();
        var perturbed = new PerturbSecondRun(new ChildProcessAuditRunner());
        var (code, output) = CliHarness.ReproWith(repo, ClaimMeasurementCatalog.Default, () => perturbed, "audit", "--claim", "SING", "--device", "cpu");
        Assert.Equal(ExitCodes.CheckFailed, code);
        Assert.Contains("DIFFERENT SING (smoke, cpu, seed 123): first of ", output);
        Assert.Contains("singleton_fraction", output);
        Assert.Matches(@"value 0\.\d+ vs 0\.\d+", output);
    }

    [Fact]
    public void VariantsReachTheChildThroughItsEnvironmentAndOptions()
    {
        var request = new AuditRequest(RepositoryRoot, "ACC-LR", Tier.Smoke, DeviceOption.Cpu, 5, Threads: 1, CpuCapability: "default");
        ProcessStartInfo start = ChildProcessAuditRunner.StartInfo(request, "/tmp/r.json", "/tmp/a");
        Assert.Equal("1", start.Environment["OMP_NUM_THREADS"]);
        Assert.Equal("1", start.Environment["MKL_NUM_THREADS"]);
        Assert.Equal("default", start.Environment["ATEN_CPU_CAPABILITY"]);
        string args = string.Join(" ", start.ArgumentList);
        Assert.EndsWith("repro.dll audit-run --claim ACC-LR --tier smoke --device cpu --record /tmp/r.json --artifacts /tmp/a --root " + RepositoryRoot + " --seed 5 --threads 1", args);
    }

    /// <summary>Runs the second request at another seed: a real computation that must not compare equal.</summary>
    private sealed class PerturbSecondRun(IAuditRunner inner) : IAuditRunner
    {
        private int _runs;

        public AuditRunOutcome Run(AuditRequest request) => inner.Run(++_runs == 2 ? request with { Seed = 124 } : request);
    }
}
