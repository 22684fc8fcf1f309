using Memorization.Configuration;
using Memorization.Devices;

namespace Memorization.Tests.Configuration;

public class ReproSettingsTests
{
    private static Func<string, string?> From(params (string Key, string Value)[] pairs) =>
        key => pairs.FirstOrDefault(p => p.Key == key).Value;

    [Fact]
    public void EnvironmentOverridesTheBuildProperty()
    {
        var settings = ReproSettings.Load(
            From(("ReproTier", "smoke"), ("ReproDevice", "cpu")),
            From((ReproSettings.TierVariable, "paper")));
        Assert.Equal(Tier.Paper, settings.Tier);
        Assert.Equal(DeviceOption.Cpu, settings.Device);
    }

    [Fact]
    public void GpuTiersOnTheCpuComeFromTheBuildPropertyOrTheVariable()
    {
        Assert.False(ReproSettings.Load(From(), From()).AllowGpuTiersOnCpu);
        Assert.True(ReproSettings.Load(From(("ReproAllowGpuTiersOnCpu", "true")), From()).AllowGpuTiersOnCpu);
        Assert.True(ReproSettings.Load(From(("ReproAllowGpuTiersOnCpu", "false")), From((ReproSettings.AllowGpuTiersOnCpuVariable, "1"))).AllowGpuTiersOnCpu);
        Assert.False(ReproSettings.Load(From(("ReproAllowGpuTiersOnCpu", "true")), From((ReproSettings.AllowGpuTiersOnCpuVariable, "0"))).AllowGpuTiersOnCpu);
        var ex = Assert.Throws<InvalidOptionException>(() => ReproSettings.Load(From(), From((ReproSettings.AllowGpuTiersOnCpuVariable, "maybe"))));
        Assert.Contains("REPRO_ALLOW_GPU_TIERS_ON_CPU", ex.Message);
    }

    [Fact]
    public void NothingGivenMeansTheDefaults() =>
        Assert.Equal(ReproSettings.Default, ReproSettings.Load(From(), From()));

    [Fact]
    public void AMisspeltEnvironmentValueNamesTheVariable()
    {
        var ex = Assert.Throws<InvalidOptionException>(() =>
            ReproSettings.Load(From(), From((ReproSettings.DeviceVariable, "gpu"))));
        Assert.Contains("REPRO_DEVICE", ex.Message);
        Assert.Contains("auto, cpu, cuda", ex.Message);
    }

    [Fact]
    public void TheBuildEmbedsItsPropertiesInTheTestAssembly()
    {
        var settings = ReproSettings.Load(typeof(ReproSettingsTests).Assembly);
        Assert.NotNull(settings.RepositoryRoot);
        Assert.True(File.Exists(Path.Combine(settings.RepositoryRoot!, "Memorization.Repro.sln")));
    }
}
