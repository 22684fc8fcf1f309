using Memorization.Claims.Baselines;
using Memorization.Claims.Running;
using Memorization.Configuration;
using Memorization.Devices;
using Memorization.Tests.Devices;

namespace Memorization.Tests.Claims;

public class CpuMismatchNoteTests
{
    private static readonly CpuIdentity Amd = CpuInfoSamples.Identity(CpuInfoSamples.AmdAvx2);
    private static readonly CpuIdentity Intel = CpuInfoSamples.Identity(CpuInfoSamples.IntelAvx512);

    private static Provenance RecordedOn(CpuIdentity? cpu) => FakeResults.Provenance("smoke", 1.0) with { Cpu = cpu };

    [Fact]
    public void TheSameIdentityGivesNoNote() =>
        Assert.Null(CpuMismatchNote.For(RecordedOn(Amd), Amd with { Settings = new Dictionary<string, string>() }));

    [Fact]
    public void AnotherCpuIsNamedOnBothSides() =>
        Assert.Equal(
            "baseline recorded on Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz (GenuineIntel), ATen avx512, 2 threads; " +
            "this run on AMD EPYC 7B13 (AuthenticAMD), ATen avx2, 2 threads: another CPU/dispatch acts like another seed, compare within tolerance only.",
            CpuMismatchNote.For(RecordedOn(Intel), Amd));

    [Fact]
    public void AnotherDispatchOrThreadCountOnTheSameCpuIsNoted()
    {
        Assert.Contains("ATen avx2, 2 threads; this run on AMD EPYC 7B13 (AuthenticAMD), ATen default, 2 threads",
            CpuMismatchNote.For(RecordedOn(Amd), Amd with { AtenCapability = "default" }));
        Assert.Contains("this run on AMD EPYC 7B13 (AuthenticAMD), ATen avx2, 1 thread:", CpuMismatchNote.For(RecordedOn(Amd), Amd with { ThreadCount = 1 }));
    }

    [Fact]
    public void ABaselineWithoutAnIdentityIsNoted() =>
        Assert.Equal(
            "the baseline has no CPU identity recorded (only cpu (2 threads)); this run on AMD EPYC 7B13 (AuthenticAMD), ATen avx2, 2 threads: " +
            CpuMismatchNote.Consequence + ".",
            CpuMismatchNote.For(RecordedOn(null), Amd));

    [Fact]
    public void ARunWithoutAnIdentityGivesNoNote() => Assert.Null(CpuMismatchNote.For(RecordedOn(Intel), null));

    [Fact]
    public void TheComparisonMessageCarriesTheNoteOnlyWhenTheIdentitiesDiffer()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        var suite = ClaimSuiteFixture.Suite(repo, new FakeMeasurement());
        ClaimResult run = suite.Run(suite.Find("FAKE"), Tier.Smoke, DeviceOption.Cpu, null, updateBaselines: false);
        var store = new BaselineStore(repo.Repository);
        store.Write("FAKE", "smoke", "cpu", 7, run.Metrics, RecordedOn(Intel));

        BaselineComparison same = store.Compare(suite.Find("FAKE"), "smoke", "cpu", 7, run.Metrics, Intel);
        Assert.Equal(BaselineStatus.Matched, same.Status);
        Assert.DoesNotContain(CpuMismatchNote.Consequence, same.Message);

        BaselineComparison other = store.Compare(suite.Find("FAKE"), "smoke", "cpu", 7, run.Metrics, Amd);
        Assert.Equal(BaselineStatus.Matched, other.Status);
        Assert.EndsWith(" Note: " + CpuMismatchNote.For(RecordedOn(Intel), Amd), other.Message);

        var drifted = run.Metrics.Select(m => m.Name == "accuracy" ? m with { Value = 0.8 } : m).ToArray();
        BaselineComparison regressed = store.Compare(suite.Find("FAKE"), "smoke", "cpu", 7, drifted, Amd);
        Assert.Equal(BaselineStatus.Regressed, regressed.Status);
        Assert.Contains("baseline recorded on Intel(R) Xeon(R) Platinum 8375C", regressed.Message);
    }

    [Fact]
    public void ARunRecordsItsIdentityAndMatchesItsOwnBaselineWithoutANote()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        var suite = ClaimSuiteFixture.Suite(repo, new FakeMeasurement());
        ClaimResult first = suite.Run(suite.Find("FAKE"), Tier.Smoke, DeviceOption.Cpu, null, updateBaselines: true);
        Assert.NotNull(first.Provenance!.Cpu);
        Assert.NotNull(new BaselineStore(repo.Repository).TryRead("FAKE", "smoke", "cpu")!.Provenance.Cpu);

        ClaimResult again = suite.Run(suite.Find("FAKE"), Tier.Smoke, DeviceOption.Cpu, null, updateBaselines: false);
        Assert.Equal(BaselineStatus.Matched, again.Baseline.Status);
        Assert.DoesNotContain(CpuMismatchNote.Consequence, again.Message);
    }
}
