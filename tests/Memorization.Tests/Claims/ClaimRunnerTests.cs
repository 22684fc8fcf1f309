using Memorization.Claims.Measurements;
using Memorization.Claims.Running;
using Memorization.Configuration;
using Memorization.Devices;

namespace Memorization.Tests.Claims;

public class ClaimRunnerTests
{
    [Fact]
    public void AFailedAssertionFailsTheClaimWithTheBoundInTheMessage()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid(threshold: 0.88));
        var suite = ClaimSuiteFixture.Suite(repo, new FakeMeasurement());
        ClaimResult result = suite.Run(suite.Find("FAKE"), Tier.Smoke, DeviceOption.Cpu, null, updateBaselines: true);
        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Contains("assertion failed: accuracy = 0.9 [0.85, 0.95] at 0.999: lower bound 0.85 >= 0.88 does NOT hold", result.Message);
        Assert.True(File.Exists(repo.Repository.ResultFile("FAKE", "smoke", "cpu")), "the result file is written for the report");
    }

    [Fact]
    public void AGpuTierIsSkippedOnTheCpuWithTheReason()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        var fake = new FakeMeasurement();
        var suite = ClaimSuiteFixture.Suite(repo, fake);
        ClaimResult result = suite.Run(suite.Find("FAKE"), Tier.Paper, DeviceOption.Cpu, null, false);
        Assert.Equal(Verdict.Skipped, result.Verdict);
        Assert.Contains("tier paper of claim FAKE needs a GPU (tiers.paper.gpu: true)", result.Message);
        Assert.Contains("or run it on the CPU on purpose with -p:ReproAllowGpuTiersOnCpu=true (REPRO_ALLOW_GPU_TIERS_ON_CPU=1", result.Message);
        Assert.Equal(0, fake.Calls);
        Assert.Equal(Verdict.Skipped, suite.Run(suite.Find("FAKE"), Tier.Paper, DeviceOption.Auto, null, false).Verdict);
    }

    [Theory]
    [InlineData(DeviceOption.Cpu)]
    [InlineData(DeviceOption.Auto)]
    public void AGpuTierRunsOnTheCpuWhenAllowedOnPurpose(DeviceOption device)
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        var fake = new FakeMeasurement();
        var suite = ClaimSuiteFixture.Suite(repo, fake);
        ClaimResult result = suite.Run(suite.Find("FAKE"), Tier.Paper, device, null, updateBaselines: true, allowGpuTiersOnCpu: true);
        Assert.Equal(1, fake.Calls);
        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(("paper", "cpu"), (result.Tier, result.Device));
    }

    [Fact]
    public void TheSkipReasonNamesReprosOptionsForARunOfRepro()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        var suite = new Memorization.Claims.ClaimSuite(repo.Repository, FakeMeasurement.Catalog(), ClaimSuiteFixture.FakeCpu) { Hints = HintSyntax.Cli };
        string reason = suite.Run(suite.Find("FAKE"), Tier.Paper, DeviceOption.Cpu, null, false).Message;
        Assert.Contains("with --device cuda, choose --tier smoke, or run it on the CPU on purpose with --allow-gpu-tiers-on-cpu", reason);
        Assert.DoesNotContain("-p:ReproDevice", reason);
    }

    [Fact]
    public void AGpuTierWithCudaDemandedFailsWithTheDeviceMessage()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        var suite = ClaimSuiteFixture.Suite(repo, new FakeMeasurement());
        ClaimResult result = suite.Run(suite.Find("FAKE"), Tier.Paper, DeviceOption.Cuda, null, false);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("ReproDevice = cuda was demanded", result.Message);
    }

    [Fact]
    public void ATierTheClaimLacksIsSkipped()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        var suite = ClaimSuiteFixture.Suite(repo, new FakeMeasurement());
        ClaimResult result = suite.Run(suite.Find("FAKE"), Tier.Tiny, DeviceOption.Cpu, null, false);
        Assert.Equal(Verdict.Skipped, result.Verdict);
        Assert.Contains("defines no tiny tier (it has: smoke, paper)", result.Message);
    }

    [Fact]
    public void AMeasurementExceptionBecomesAnErrorVerdict()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        var suite = ClaimSuiteFixture.Suite(repo, new FakeMeasurement { Throw = c => new InvalidOperationException("out of memory (test)") });
        ClaimResult result = suite.Run(suite.Find("FAKE"), Tier.Smoke, DeviceOption.Cpu, null, false);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Equal("the measurement of FAKE failed: InvalidOperationException: out of memory (test)", result.Message);
    }

    [Fact]
    public void AMissingParameterNamesTheTierAndTheFix()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid().Replace("      n: 10\n", "      m: 10\n"));
        var suite = ClaimSuiteFixture.Suite(repo, new FakeMeasurement());
        ClaimResult result = suite.Run(suite.Find("FAKE"), Tier.Smoke, DeviceOption.Cpu, null, false);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("the measurement needs parameter 'n', which tiers.smoke.parameters does not define (it has: m, rho). Add 'n: <value>' there.", result.Message);
    }

    [Fact]
    public void AnIllTypedParameterSaysWhatItMustBe()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid().Replace("      n: 10\n", "      n: ten\n"));
        var suite = ClaimSuiteFixture.Suite(repo, new FakeMeasurement());

        // A parameter of the range table is refused when the claims are validated (in the build), at its line...
        var error = Assert.Single(suite.Errors);
        Assert.Equal(("claims/FAKE.yaml", 11, 10, Memorization.Claims.Validation.ClaimErrorCodes.WrongType), (error.File, error.Line, error.Column, error.Code));
        Assert.Throws<Memorization.Claims.InvalidClaimsException>(() => suite.Run(suite.Find("FAKE"), Tier.Smoke, DeviceOption.Cpu, null, false));

        // ...and a measurement reading an ill-typed parameter (one the table does not know) still says where and what it must be.
        var spec = suite.Files.Single().Spec!;
        var claimCase = new ClaimCase(spec, spec.FindTier(Tier.Smoke)!, "cpu", spec.Seed);
        var thrown = Assert.Throws<ClaimParameterException>(() => claimCase.GetInt("n"));
        Assert.Equal("claims/FAKE.yaml(11,10): claim FAKE, tier smoke: parameter 'n' = 'ten' must be a whole number, e.g. 500.", thrown.Message);
    }

    [Fact]
    public void AnUnreportedMetricFailsTheClaim()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        var partial = new PartialMeasurement();
        var suite = ClaimSuiteFixture.Suite(repo, partial);
        ClaimResult result = suite.Run(suite.Find("FAKE"), Tier.Smoke, DeviceOption.Cpu, null, false);
        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Contains("PartialMeasurement did not report accuracy at 0.999", result.Message);
    }

    [Fact]
    public void UnknownAndUnsafeClaimIdsListTheValidOnes()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        var suite = ClaimSuiteFixture.Suite(repo, new FakeMeasurement());
        Assert.Equal("unknown claim 'NOPE'. Valid ids: FAKE.", Assert.Throws<Memorization.Claims.UnknownClaimException>(() => suite.Find("NOPE")).Message);
        Assert.Contains("is not a claim id", Assert.Throws<Memorization.Claims.UnknownClaimException>(() => suite.Find("../FAKE")).Message);
    }

    private sealed class PartialMeasurement : IClaimMeasurement
    {
        public string ClaimId => "FAKE";

        public IReadOnlyList<string> Metrics { get; } = ["accuracy", "chance"];

        public ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken) =>
            new([MetricValue.Exact("chance", 0.5)], [], []);
    }
}
