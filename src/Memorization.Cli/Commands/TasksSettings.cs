using System.ComponentModel;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>Tier, device and seed of <c>repro tasks</c>.</summary>
public sealed class TasksSettings : TierDeviceSettings
{
    [CommandOption("--seed <N>")]
    [Description("Root seed of the data, a whole number (default 123, the published experiment's).")]
    public ulong Seed { get; init; } = 123;

    [CommandOption("--confidence <LEVEL>")]
    [Description("Level of the intervals, in (0, 1). Default 0.95.")]
    public double Confidence { get; init; } = 0.95;
}
