using System.ComponentModel;
using Memorization.Configuration;
using Memorization.Devices;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>Tier, device and seed of <c>repro tasks</c>.</summary>
public sealed class TasksSettings : RootSettings
{
    [CommandOption("--tier <TIER>")]
    [Description("smoke | paper | tiny (tiny adds the exact information). Default: ReproTier / REPRO_TIER, else smoke.")]
    public string? Tier { get; init; }

    [CommandOption("--device <DEVICE>")]
    [Description("auto | cpu | cuda. Default: ReproDevice / REPRO_DEVICE, else auto.")]
    public string? Device { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Root seed of the data, a whole number (default 123, the published experiment's).")]
    public ulong Seed { get; init; } = 123;

    [CommandOption("--confidence <LEVEL>")]
    [Description("Level of the intervals, in (0, 1). Default 0.95.")]
    public double Confidence { get; init; } = 0.95;

    /// <summary>The tier: <c>--tier</c> or the settings' tier.</summary>
    public Tier ResolveTier(ReproSettings settings) => Tier is null ? settings.Tier : OptionParser.Parse<Tier>(Tier, "--tier");

    /// <summary>The device option: <c>--device</c> or the settings' device.</summary>
    public DeviceOption ResolveDevice(ReproSettings settings) => Device is null ? settings.Device : OptionParser.Parse<DeviceOption>(Device, "--device");
}
