using System.ComponentModel;
using Memorization.Configuration;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>Options of <c>repro bench hcl</c>; <see cref="Check"/> rejects values that cannot run.</summary>
public sealed class BenchHclSettings : RootSettings
{
    /// <summary>Repeats when <c>--repeats</c> is not given: 3 for the pieces, 1 for <c>--full</c> (one experiment's time).</summary>
    public const int DefaultRepeats = 3;

    [CommandOption("--threads <T>")]
    [Description("LibTorch intra-op threads (torch.set_num_threads), ≥ 1. Default 2, as the PyTorch script.")]
    public int Threads { get; init; } = 2;

    [CommandOption("--repeats <R>")]
    [Description("Repetitions of the whole measurement; medians are reported. Default 3, or 1 with --full.")]
    public int? Repeats { get; init; }

    [CommandOption("--mlp-steps <K>")]
    [Description("MLP updates timed; coordinate ascent attacks the MLP after them (as the PyTorch script). Default 30. Not with --full.")]
    public int? MlpSteps { get; init; }

    [CommandOption("--informed-samples <S>")]
    [Description("Fresh samples per coordinate of the informed attack (timed on the logistic regression); 0 skips it. Default 16. Not with --full.")]
    public int? InformedSamples { get; init; }

    [CommandOption("--full")]
    [Description("Run the paper-tier HCL experiment end to end as the claims run it (claims/experiments/hcl.yaml: both models, every singleton attacked at every checkpoint) instead of timing pieces and extrapolating; reports each stage's wall and CPU time.")]
    public bool Full { get; init; }

    [CommandOption("--sgemm-square <S>")]
    [Description("Side of the square product timed for the in-run sgemm peak (beside the MLP's and coordinate ascent's own shapes); 0 leaves it out. Default 2048.")]
    public int SgemmSquare { get; init; } = 2048;

    [CommandOption("--sgemm-repeats <K>")]
    [Description("Timed calls per sgemm shape (after 2 warm-up calls); the best counts. Default 5.")]
    public int SgemmRepeats { get; init; } = 5;

    [CommandOption("--seed <N>")]
    [Description("Root seed of the data, init and attacks. Default 123 (the published experiment's).")]
    public ulong Seed { get; init; } = 123;

    [CommandOption("--device <DEVICE>")]
    [Description("auto | cpu | cuda. Default cpu (the comparison with the PyTorch script is on the CPU).")]
    public string Device { get; init; } = "cpu";

    [CommandOption("--json <FILE>")]
    [Description("Also write the summary as one JSON object to FILE.")]
    public string? Json { get; init; }

    /// <summary>Throws <see cref="InvalidOptionException"/> naming the option and its valid values.</summary>
    public void Check()
    {
        AtLeast(Threads, 1, "--threads", "a whole number of threads ≥ 1, e.g. 2");
        AtLeast(Repeats ?? 1, 1, "--repeats", "a whole number ≥ 1, e.g. 3");
        AtLeast(MlpSteps ?? 1, 1, "--mlp-steps", "a whole number of updates ≥ 1, e.g. 30");
        AtLeast(InformedSamples ?? 0, 0, "--informed-samples", "a whole number ≥ 0 (0 skips the informed attack), e.g. 16");
        AtLeast(SgemmSquare, 0, "--sgemm-square", "a whole number ≥ 0 (0 leaves the square product out), e.g. 2048");
        AtLeast(SgemmRepeats, 1, "--sgemm-repeats", "a whole number of timed calls ≥ 1, e.g. 5");
        if (Full && MlpSteps is not null)
        {
            throw new InvalidOptionException("--mlp-steps",
                "--mlp-steps sets how many MLP updates the piecewise timing runs; --full runs the published schedule (every update). Drop --mlp-steps or --full.");
        }
        if (Full && InformedSamples is not null)
        {
            throw new InvalidOptionException("--informed-samples",
                "--informed-samples sets the piecewise timing's informed attack; --full runs the claims' own (informed_samples in claims/experiments/hcl.yaml). Drop --informed-samples or --full.");
        }
        if (Json is not null && string.IsNullOrWhiteSpace(Json))
        {
            throw new InvalidOptionException("--json", "--json needs a file name, e.g. --json bench.json.");
        }
        // Checked before the minutes of measuring, not when the file is written.
        string? folder = Json is null ? null : Path.GetDirectoryName(Path.GetFullPath(Json));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new InvalidOptionException("--json", $"--json = '{Json}': the folder '{folder}' does not exist; create it or name a file in an existing folder.");
        }
    }

    /// <summary>Whole measurements to run: <c>--repeats</c>, else 1 with <c>--full</c>, else <see cref="DefaultRepeats"/>.</summary>
    public int EffectiveRepeats => Repeats ?? (Full ? 1 : DefaultRepeats);

    /// <summary>MLP updates the piecewise timing runs: <c>--mlp-steps</c>, else 30.</summary>
    public int EffectiveMlpSteps => MlpSteps ?? 30;

    /// <summary>Samples of the piecewise informed attack: <c>--informed-samples</c>, else 16.</summary>
    public int EffectiveInformedSamples => InformedSamples ?? 16;

    private static void AtLeast(int value, int minimum, string option, string valid)
    {
        if (value < minimum)
        {
            throw new InvalidOptionException(option, $"{option} = {value} is not valid. Valid values: {valid}.");
        }
    }
}
