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
