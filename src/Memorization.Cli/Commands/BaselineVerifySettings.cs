using System.ComponentModel;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>Options of <c>repro baseline verify</c>: the selection a run would use.</summary>
public sealed class BaselineVerifySettings : SelectionSettings
{
    [CommandOption("--json")]
    [Description("Print every finding and the counts as one JSON document on standard output.")]
    public bool Json { get; init; }
}
