using System.ComponentModel;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>
/// Tier, device, seed and (optionally) the task instance of <c>repro tasks</c>. The size options are typed <c>--n</c>,
/// <c>--N</c>, <c>--d</c> as in the paper; Spectre refuses one-letter long options, so they are declared as the short
/// options <c>-n</c>, <c>-N</c>, <c>-d</c> and <see cref="SingleLetterOptions"/> rewrites the double-dash spelling.
/// </summary>
public sealed class TasksSettings : TierDeviceSettings
{
    [CommandOption("--seed <N>")]
    [Description("Root seed of the data, a whole number (default 123, the published experiment's).")]
    public ulong Seed { get; init; } = 123;

    [CommandOption("--confidence <LEVEL>")]
    [Description("Level of the intervals, in (0, 1). Default 0.95.")]
    public double Confidence { get; init; } = 0.95;

    [CommandOption("--task <TASK>")]
    [Description("hcl | nsp. Default: both, or the one task an option belongs to (--delta: nsp; --rho, --rho-a: hcl).")]
    public string? Task { get; init; }

    [CommandOption("-n|--training-size <n>")]
    [Description("n, training examples (also --n). Any size option builds the instance from the options, the others from the tier's preset.")]
    public int? TrainingSize { get; init; }

    [CommandOption("-N|--subpopulations <N>")]
    [Description("N, subpopulations (also --N); the prior stays uniform.")]
    public int? Subpopulations { get; init; }

    [CommandOption("-d|--dimension <d>")]
    [Description("d, the dimension (HCL) or string length (NSP) (also --d).")]
    public int? Dimension { get; init; }

    [CommandOption("--delta <DELTA>")]
    [Description("NSP's δ in (0, 1]]: each bit differs from its centre with probability δ/2.")]
    public double? Delta { get; init; }

    [CommandOption("--rho <RHO>")]
    [Description("HCL's ρ in [[0, 1]], the probability that a coordinate is fixed.")]
    public double? Rho { get; init; }

    [CommandOption("--rho-a <A>")]
    [Description("HCL's ρ from the published formula √((2·ln(a·0.368·n) − ln ln n)/d) with this a (published 50000). Without --rho or --rho-a, a changed n or d takes the formula with a = 50000.")]
    public double? RhoA { get; init; }

    [CommandOption("--test-size <COUNT>")]
    [Description("Queries per query set (fresh, represented, singletons).")]
    public int? TestSize { get; init; }

    /// <summary>True when any option describing the instance is given.</summary>
    public bool DescribesInstance =>
        TrainingSize is not null || Subpopulations is not null || Dimension is not null || Delta is not null || Rho is not null || RhoA is not null || TestSize is not null;
}
