using Memorization.Devices;

namespace Memorization.Tests.Devices;

public class AtenCapabilityTests
{
    [Theory]
    [InlineData(CpuInfoSamples.IntelAvx512, "avx512")]
    [InlineData(CpuInfoSamples.IntelAmx, "avx512")]
    [InlineData(CpuInfoSamples.AmdAvx512, "avx512")]
    [InlineData(CpuInfoSamples.IntelAvx2, "avx2")]
    [InlineData(CpuInfoSamples.AmdAvx2, "avx2")]
    [InlineData(CpuInfoSamples.IntelAvx512FOnly, "avx2")]
    public void TheCapabilityIsDerivedFromTheFlagsAsAtenDoes(string text, string expected) =>
        Assert.Equal(expected, AtenCapability.Derive(CpuInfo.Parse(text).Flags));

    [Theory]
    [InlineData("avx2 avx512f avx512bw avx512vl avx512dq", "default")]
    [InlineData("avx avx2", "default")]
    [InlineData("sse sse2 avx", "default")]
    [InlineData("fma avx2 avx512f avx512bw avx512vl", "avx2")]
    public void EachRequiredFlagCounts(string flags, string expected) =>
        Assert.Equal(expected, AtenCapability.Derive(flags.Split(' ').ToHashSet()));

    [Theory]
    [InlineData("default", "default")]
    [InlineData("avx2", "avx2")]
    [InlineData("avx512", "avx512")]
    public void TheEnvironmentVariableOverridesTheFlags(string variable, string expected)
    {
        (string value, string source) = AtenCapability.Resolve(variable, CpuInfo.Parse(CpuInfoSamples.AmdAvx2).Flags);
        Assert.Equal(expected, value);
        Assert.Equal($"ATEN_CPU_CAPABILITY={variable}", source);
    }

    [Fact]
    public void AValueAtenIgnoresIsIgnoredHereTooAndSaysSo()
    {
        (string value, string source) = AtenCapability.Resolve("AVX2", CpuInfo.Parse(CpuInfoSamples.IntelAvx512).Flags);
        Assert.Equal("avx512", value);
        Assert.Equal("ATEN_CPU_CAPABILITY=AVX2 ignored by ATen (not avx512, avx2, default); derived from the CPU flags", source);
    }

    [Fact]
    public void WithoutFlagsTheCapabilityIsUnknown()
    {
        Assert.Equal(("unknown", "CPU flags unknown"), AtenCapability.Resolve(null, null));
        Assert.Equal(("avx2", "derived from the CPU flags"), AtenCapability.Resolve(null, CpuInfo.Parse(CpuInfoSamples.IntelAvx2).Flags));
    }
}
