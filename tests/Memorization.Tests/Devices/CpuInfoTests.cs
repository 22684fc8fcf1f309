using Memorization.Devices;

namespace Memorization.Tests.Devices;

public class CpuInfoTests
{
    [Theory]
    [InlineData(CpuInfoSamples.IntelAvx512, "Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz", "GenuineIntel", "avx avx2 fma avx512f avx512dq avx512bw avx512vl avx512_vnni")]
    [InlineData(CpuInfoSamples.IntelAvx2, "Intel(R) Core(TM) i7-4770 CPU @ 3.40GHz", "GenuineIntel", "avx avx2 fma")]
    [InlineData(CpuInfoSamples.IntelAmx, "Intel(R) Xeon(R) Platinum 8488C", "GenuineIntel",
        "avx avx2 fma avx512f avx512dq avx512bw avx512vl avx512_vnni avx512_bf16 avx512_fp16 amx_tile amx_bf16 amx_int8")]
    [InlineData(CpuInfoSamples.AmdAvx512, "AMD EPYC 9R14 96-Core Processor", "AuthenticAMD", "avx avx2 fma avx512f avx512dq avx512bw avx512vl avx512_vnni avx512_bf16")]
    [InlineData(CpuInfoSamples.AmdAvx2, "AMD EPYC 7B13", "AuthenticAMD", "avx avx2 fma")]
    public void TheFirstProcessorsModelVendorAndRelevantFlagsAreRead(string text, string model, string vendor, string relevant)
    {
        CpuInfo info = CpuInfo.Parse(text);
        Assert.Equal(model, info.Model);
        Assert.Equal(vendor, info.Vendor);
        Assert.Equal(relevant.Split(' '), info.Relevant);
    }

    [Fact]
    public void OnlyTheFirstProcessorBlockCounts()
    {
        // The second block of the sample adds amx_tile; the machine is described by its first processor.
        Assert.DoesNotContain("amx_tile", CpuInfo.Parse(CpuInfoSamples.IntelAvx512).Flags);
    }

    [Fact]
    public void AnArmTextHasNoModelOrVendorAndItsFeaturesAsFlags()
    {
        CpuInfo info = CpuInfo.Parse(CpuInfoSamples.Arm);
        Assert.Null(info.Model);
        Assert.Null(info.Vendor);
        Assert.Contains("sve", info.Flags);
        Assert.Empty(info.Relevant);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\nnot a cpuinfo file\n")]
    public void AnEmptyOrForeignTextGivesNothing(string text)
    {
        CpuInfo info = CpuInfo.Parse(text);
        Assert.Null(info.Model);
        Assert.Null(info.Vendor);
        Assert.Empty(info.Flags);
    }
}
