using System.ComponentModel;
using Memorization.Configuration;
using Memorization.Devices;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>The <c>--tier</c> and <c>--device</c> options shared by the commands that measure.</summary>
public class TierDeviceSettings : RootSettings
{
    [CommandOption("--tier <TIER>")]
    [Description("smoke | paper | tiny. Default: ReproTier / REPRO_TIER, else smoke.")]
    public string? Tier { get; init; }

    [CommandOption("--device <DEVICE>")]
    [Description("auto | cpu | cuda. Default: ReproDevice / REPRO_DEVICE, else auto.")]
    public string? Device { get; init; }

    /// <summary>The tier: <c>--tier</c> or the settings' tier.</summary>
    public Tier ResolveTier(ReproSettings settings) => Tier is null ? settings.Tier : OptionParser.Parse<Tier>(Tier, "--tier");

    /// <summary>The device option: <c>--device</c> or the settings' device.</summary>
    public DeviceOption ResolveDevice(ReproSettings settings) => Device is null ? settings.Device : OptionParser.Parse<DeviceOption>(Device, "--device");
}
