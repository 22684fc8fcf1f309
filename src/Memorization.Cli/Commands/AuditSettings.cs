using System.ComponentModel;
using System.Globalization;
using Memorization.Configuration;
using Memorization.Devices;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>Options of <c>repro audit</c>: the selection, seeds, and variants to compare with the reference run.</summary>
public sealed class AuditSettings : RunSettings
{
    private const int MaxThreads = 1024;

    [CommandOption("--threads <LIST>")]
    [Description("Variants: also run each claim with these LibTorch/OpenMP/MKL thread counts, e.g. 1,2; each is compared with the reference run (bit for bit, within tolerance, or outside).")]
    public string? ThreadsText { get; init; }

    [CommandOption("--isa <LIST>")]
    [Description("Variants: also run each claim under these ATEN_CPU_CAPABILITY instruction sets: avx512, avx2, default (e.g. --isa avx2,default).")]
    public string? IsaText { get; init; }

    /// <summary>The thread-count variants, in the order given.</summary>
    /// <exception cref="InvalidOptionException">Not a list of whole numbers from 1 to 1024.</exception>
    public IReadOnlyList<int> ThreadVariants() =>
        Items(ThreadsText).Select(item => int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= MaxThreads
            ? n
            : throw new InvalidOptionException("--threads", $"--threads = '{ThreadsText}' is not valid: '{item}' is not a thread count. Valid values: whole numbers from 1 to {MaxThreads}, separated by commas (e.g. --threads 1,2).")).Distinct().ToArray();

    /// <summary>The instruction-set variants, in the order given.</summary>
    /// <exception cref="InvalidOptionException">A value ATen does not accept.</exception>
    public IReadOnlyList<string> IsaVariants() =>
        Items(IsaText).Select(item => AtenCapability.Accepted.Contains(item)
            ? item
            : throw new InvalidOptionException("--isa", $"--isa = '{IsaText}' is not valid: '{item}' is not an ATEN_CPU_CAPABILITY. Valid values: {string.Join(", ", AtenCapability.Accepted)}, separated by commas.")).Distinct().ToArray();

    private static string[] Items(string? text) => text is null ? [] : text.Split(',', StringSplitOptions.TrimEntries);
}
