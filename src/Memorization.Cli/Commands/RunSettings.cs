using System.ComponentModel;
using Memorization.Configuration;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>Options of <c>repro run</c> (and <c>repro baseline update</c>): the selection, and a sweep over seeds.</summary>
public class RunSettings : SelectionSettings
{
    [CommandOption("--seeds <LIST>")]
    [Description("Seed sweep: run every selected claim at each seed, e.g. 1-10, 1,3,7 or 1-5,9 (at most 1000 seeds); prints how many seeds each claim holds at. Not with --seed.")]
    public string? SeedsText { get; init; }

    [CommandOption("--allow-gpu-tiers-on-cpu")]
    [Description("Run tiers marked gpu: true on the CPU on purpose instead of skipping them (no claim is marked today: every paper tier runs on a CPU). Default: ReproAllowGpuTiersOnCpu / REPRO_ALLOW_GPU_TIERS_ON_CPU, else off.")]
    public bool AllowGpuTiersOnCpu { get; init; }

    [CommandOption("--json")]
    [Description("Print one JSON document on standard output (each claim's verdict, assertions, baseline, result file; the counts); the lines go to standard error.")]
    public bool Json { get; init; }

    /// <summary>The seeds of <c>--seeds</c> (distinct, ascending), or null when no sweep was asked for.</summary>
    /// <exception cref="InvalidOptionException">Not a seed list, or given together with <c>--seed</c>.</exception>
    public IReadOnlyList<ulong>? SweepSeeds()
    {
        if (SeedsText is null)
        {
            return null;
        }

        if (SeedText is not null)
        {
            throw new InvalidOptionException("--seeds",
                $"--seed {SeedText} and --seeds {SeedsText} were both given; use one: --seed N runs each claim once at seed N, --seeds LIST runs it at every seed of LIST (e.g. --seeds 1-10).");
        }

        return SeedList.Parse(SeedsText, "--seeds");
    }
}
