using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>Options of the hidden <c>repro audit-run</c>: one claim, and where its record and artifacts go.</summary>
public sealed class AuditRunSettings : SelectionSettings
{
    [CommandOption("--record <FILE>")]
    [Description("Where to write the run's record (JSON).")]
    public string? Record { get; init; }

    [CommandOption("--artifacts <DIR>")]
    [Description("Where the run writes its result instead of artifacts/.")]
    public string? Artifacts { get; init; }

    [CommandOption("--threads <N>")]
    [Description("LibTorch intra-op threads (torch.set_num_threads).")]
    public string? ThreadsText { get; init; }

    /// <summary>The thread count, or null for LibTorch's default.</summary>
    public int? Threads => ThreadsText is null ? null : int.Parse(ThreadsText, NumberStyles.None, CultureInfo.InvariantCulture);

    public override ValidationResult Validate() =>
        Record is null || Artifacts is null ? ValidationResult.Error("audit-run needs --record FILE and --artifacts DIR (it is started by repro audit).")
        : Claims.Length != 1 ? ValidationResult.Error("audit-run runs exactly one claim: give one --claim ID.")
        : ThreadsText is not null && !(int.TryParse(ThreadsText, NumberStyles.None, CultureInfo.InvariantCulture, out int t) && t >= 1)
            ? ValidationResult.Error($"--threads = '{ThreadsText}' is not valid. Valid values: a whole number ≥ 1.")
        : ValidationResult.Success();
}
