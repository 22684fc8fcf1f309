using Memorization.Devices;

namespace Memorization.Tests.Devices;

public class CpuIdentityTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void TheIdentityJoinsTheCpuTheDispatchAndTheThreads()
    {
        CpuIdentity cpu = CpuIdentityProbe.Create(CpuInfo.Parse(CpuInfoSamples.AmdAvx512), Environment(), 2, x86: true);
        Assert.Equal("AMD EPYC 9R14 96-Core Processor", cpu.Model);
        Assert.Equal("AuthenticAMD", cpu.Vendor);
        Assert.Contains("avx512_bf16", cpu.Flags);
        Assert.Equal("avx512", cpu.AtenCapability);
        Assert.Equal("derived from the CPU flags", cpu.AtenCapabilitySource);
        Assert.Empty(cpu.Settings);
        Assert.Equal("AMD EPYC 9R14 96-Core Processor (AuthenticAMD), ATen avx512, 2 threads", cpu.Description);
    }

    [Fact]
    public void TheAtenVariableOverridesAndMklAndOpenMpVariablesAreRecordedWhenSet()
    {
        CpuIdentity cpu = CpuIdentityProbe.Create(CpuInfo.Parse(CpuInfoSamples.IntelAvx512), Environment(
            ("ATEN_CPU_CAPABILITY", "avx2"), ("MKL_CBWR", "COMPATIBLE"), ("OMP_NUM_THREADS", "1"), ("UNRELATED", "x")), 1, x86: true);
        Assert.Equal("avx2", cpu.AtenCapability);
        Assert.Equal("ATEN_CPU_CAPABILITY=avx2", cpu.AtenCapabilitySource);
        Assert.Equal(["MKL_CBWR", "OMP_NUM_THREADS"], cpu.Settings.Keys);
        Assert.Equal("Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz (GenuineIntel), ATen avx2, 1 thread, MKL_CBWR=COMPATIBLE", cpu.Description);
    }

    [Fact]
    public void WithoutCpuInfoOrOffX86TheIdentityIsUnknownButTheVariableStillCounts()
    {
        CpuIdentity none = CpuIdentityProbe.Create(null, Environment(), null, x86: true);
        Assert.Equal("unknown (unknown), ATen unknown, threads unknown", none.Description);
        Assert.Empty(none.Flags);

        CpuIdentity arm = CpuIdentityProbe.Create(CpuInfo.Parse(CpuInfoSamples.Arm), Environment(("ATEN_CPU_CAPABILITY", "default")), 4, x86: false);
        Assert.Equal("default", arm.AtenCapability);
        Assert.Equal("unknown", CpuIdentityProbe.Create(CpuInfo.Parse(CpuInfoSamples.AmdAvx2), Environment(), 4, x86: false).AtenCapability);
    }

    [Fact]
    public void IdentitiesDispatchAlikeOnlyWithTheSameCpuCapabilityThreadsAndMklPath()
    {
        CpuIdentity amd = CpuIdentityProbe.Create(CpuInfo.Parse(CpuInfoSamples.AmdAvx512), Environment(), 2, x86: true);
        Assert.True(amd.DispatchesLike(amd with { Flags = [.. amd.Flags], Settings = new Dictionary<string, string>() }));
        Assert.True(amd.DispatchesLike(amd with { Settings = new Dictionary<string, string> { ["OMP_NUM_THREADS"] = "2" } }));
        Assert.False(amd.DispatchesLike(amd with { ThreadCount = 1 }));
        Assert.False(amd.DispatchesLike(amd with { AtenCapability = "avx2" }));
        Assert.False(amd.DispatchesLike(amd with { Settings = new Dictionary<string, string> { ["MKL_CBWR"] = "COMPATIBLE" } }));
        Assert.False(amd.DispatchesLike(CpuIdentityProbe.Create(CpuInfo.Parse(CpuInfoSamples.IntelAvx512), Environment(), 2, x86: true)));
    }

    [Fact]
    public void ThisMachineHasAnIdentity()
    {
        CpuIdentity here = CpuIdentityProbe.Current(2);
        Assert.False(string.IsNullOrWhiteSpace(here.Model));
        Assert.Contains(here.AtenCapability, new[] { "avx512", "avx2", "default", "unknown" });
    }
}
