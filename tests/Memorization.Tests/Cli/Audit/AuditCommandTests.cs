using Memorization.Claims.Measurements;
using Memorization.Cli;
using Memorization.Cli.Audit;
using Memorization.Tests.Claims;

namespace Memorization.Tests.Cli.Audit;

/// <summary><c>repro audit</c>'s logic with runs carried out in-process by fake measurements (milliseconds).</summary>
public class AuditCommandTests
{
    private static TempRepository Repo() => new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());

    private static (int Code, string Output, InProcessAuditRunner Runner) Audit(TempRepository repo, IClaimMeasurement measurement, params string[] args)
    {
        var runner = new InProcessAuditRunner(FakeMeasurement.Catalog(measurement));
        var (code, output) = CliHarness.ReproWith(repo, FakeMeasurement.Catalog(measurement), () => runner, ["audit", .. args]);
        return (code, output, runner);
    }

    [Fact]
    public void TheSecondRunIsComputedAgainAndTwoEqualRunsAreIdentical()
    {
        using var repo = Repo();
        var measurement = new FakeMeasurement();
        var (code, output, runner) = Audit(repo, measurement, "--claim", "FAKE");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(2, measurement.Calls); // measured twice: nothing served from a cache
        Assert.Equal(2, runner.Requests.Count);
        Assert.Contains("IDENTICAL FAKE (smoke, cpu, seed 7): digest ", output);
        Assert.Contains("2 metric value(s) and 0 curve point(s) equal bit for bit", output);
        Assert.Contains("computed twice from scratch: processes 1001 and 1002", output);
        Assert.Contains("repro: 1 identical, 0 different, 0 error(s), 0 skipped. Every audited run reproduced.", output);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "artifacts")), "audit writes none of the user's results");
    }

    [Fact]
    public void APerturbedRunIsDifferentWithTheFirstDifferingMetricAndBothValues()
    {
        using var repo = Repo();
        var (code, output, _) = Audit(repo, new DriftingMeasurement(), "--claim", "FAKE");
        Assert.Equal(ExitCodes.CheckFailed, code);
        Assert.Contains("DIFFERENT FAKE (smoke, cpu, seed 7): first of 1 differing metric value(s): accuracy: value 0.901 vs 0.902", output);
        Assert.Contains("repro: 0 identical, 1 different", output);
    }

    [Fact]
    public void EqualNumbersWithAnotherFigureAreDifferent()
    {
        using var repo = Repo();
        var runner = new InProcessAuditRunner(FakeMeasurement.Catalog(), run => new Dictionary<string, string> { ["FAKE.smoke.cpu.f.png"] = new string(run == 1 ? 'a' : 'b', 64) });
        var (code, output) = CliHarness.ReproWith(repo, FakeMeasurement.Catalog(), () => runner, "audit");
        Assert.Equal(ExitCodes.CheckFailed, code);
        Assert.Contains("DIFFERENT FAKE (smoke, cpu, seed 7): numbers equal bit for bit, but figure FAKE.smoke.cpu.f.png: SHA-256 aaaaaaaaaaaaaaaa… vs bbbbbbbbbbbbbbbb…", output);
    }

    [Fact]
    public void EqualFiguresAreCountedInTheIdenticalLine()
    {
        using var repo = Repo();
        var runner = new InProcessAuditRunner(FakeMeasurement.Catalog(), _ => new Dictionary<string, string> { ["FAKE.smoke.cpu.f.png"] = new string('a', 64) });
        var (code, output) = CliHarness.ReproWith(repo, FakeMeasurement.Catalog(), () => runner, "audit");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("equal bit for bit; 1 figure(s) byte for byte", output);
    }

    [Fact]
    public void EverySeedOfTheListIsAudited()
    {
        using var repo = Repo();
        var (code, output, runner) = Audit(repo, new FakeMeasurement(), "--seeds", "1-3");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal([1UL, 1, 2, 2, 3, 3], runner.Requests.Select(r => r.Seed!.Value));
        Assert.Contains("IDENTICAL FAKE (smoke, cpu, seed 3)", output);
    }

    [Fact]
    public void VariantsAreComparedWithTheReferenceBitForBitOrWithinTolerance()
    {
        using var repo = Repo();
        var (code, output, runner) = Audit(repo, new VariantMeasurement(), "--threads", "1", "--isa", "default");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal([null, null, 1, null], runner.Requests.Select(r => r.Threads));
        Assert.Equal("default", runner.Requests[3].CpuCapability);
        Assert.Matches(@"FAKE \(smoke, cpu, seed 7\) with 1 thread\(s\) \(process 1003, .*?\): bit for bit: digest ", output);
        Assert.Matches(@"with ATEN_CPU_CAPABILITY=default \(process 1004, .*?\): within tolerance: first of 1 differing metric value\(s\): accuracy at 0.999: value 0.9 vs 0.905", output);
        Assert.Contains("variants: 1 bit for bit, 1 within tolerance, 0 outside", output);
    }

    [Theory]
    [InlineData("--threads", "0", "--threads = '0' is not valid: '0' is not a thread count")]
    [InlineData("--isa", "sse9", "--isa = 'sse9' is not valid: 'sse9' is not an ATEN_CPU_CAPABILITY. Valid values: avx512, avx2, default")]
    [InlineData("--seeds", "x", "--seeds")]
    public void BadVariantsAreUsageErrorsBeforeAnyRun(string option, string value, string message)
    {
        using var repo = Repo();
        var (code, output, runner) = Audit(repo, new FakeMeasurement(), option, value);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(message, output);
        Assert.Empty(runner.Requests);
    }

    [Fact]
    public void ARunThatFailsIsAnErrorNamingWhy()
    {
        using var repo = Repo();
        var (code, output) = CliHarness.ReproWith(repo, FakeMeasurement.Catalog(), () => new FailingRunner(), "audit");
        Assert.Equal(ExitCodes.CheckFailed, code);
        Assert.Contains("ERROR     FAKE: the audit run (process 42) exited with code 3 without a result: boom", output);
    }

    private sealed class DriftingMeasurement : IClaimMeasurement
    {
        private int _calls;

        public string ClaimId => "FAKE";

        public IReadOnlyList<string> Metrics { get; } = ["accuracy", "chance"];

        public ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken) =>
            new([MetricValue.Exact("chance", 0.5), MetricValue.Exact("accuracy", 0.9 + 0.001 * ++_calls)], [], []);
    }

    /// <summary>Equal bits except under another instruction set, where accuracy moves by 0.005 (within the fake claim's tolerance 0.01).</summary>
    private sealed class VariantMeasurement : IClaimMeasurement
    {
        public string ClaimId => "FAKE";

        public IReadOnlyList<string> Metrics { get; } = ["accuracy", "chance"];

        public int Calls { get; private set; }

        public ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken)
        {
            double accuracy = ++Calls == 4 ? 0.905 : 0.9;
            return new([MetricValue.Exact("chance", 0.5), .. claimCase.ConfidenceLevels.Select(c => new MetricValue("accuracy", accuracy, accuracy - 0.05, accuracy + 0.05, c, 10))], [], []);
        }
    }

    private sealed class FailingRunner : IAuditRunner
    {
        public AuditRunOutcome Run(AuditRequest request) => new(null, "the audit run (process 42) exited with code 3 without a result: boom", 0.1);
    }
}
