using System.ComponentModel;
using Memorization.Configuration;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>Options of <c>repro bench hcl</c>; <see cref="Check"/> rejects values that cannot run.</summary>
public sealed class BenchHclSettings : CommandSettings
{
    [CommandOption("--threads <T>")]
    [Description("LibTorch intra-op threads (torch.set_num_threads), ≥ 1. Default 2, as the PyTorch script.")]
    public int Threads { get; init; } = 2;

    [CommandOption("--repeats <R>")]
    [Description("Repetitions of the whole measurement; medians are reported. Default 3.")]
    public int Repeats { get; init; } = 3;

    [CommandOption("--mlp-steps <K>")]
    [Description("MLP updates timed; coordinate ascent attacks the MLP after them (as the PyTorch script). Default 30.")]
    public int MlpSteps { get; init; } = 30;

    [CommandOption("--informed-samples <S>")]
    [Description("Fresh samples per coordinate of the informed attack (timed on the logistic regression); 0 skips it. Default 16.")]
    public int InformedSamples { get; init; } = 16;

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
        AtLeast(Repeats, 1, "--repeats", "a whole number ≥ 1, e.g. 3");
        AtLeast(MlpSteps, 1, "--mlp-steps", "a whole number of updates ≥ 1, e.g. 30");
        AtLeast(InformedSamples, 0, "--informed-samples", "a whole number ≥ 0 (0 skips the informed attack), e.g. 16");
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

    private static void AtLeast(int value, int minimum, string option, string valid)
    {
        if (value < minimum)
        {
            throw new InvalidOptionException(option, $"{option} = {value} is not valid. Valid values: {valid}.");
        }
    }
}
