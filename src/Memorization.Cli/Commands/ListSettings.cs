using System.ComponentModel;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>Options of <c>repro list</c>.</summary>
public sealed class ListSettings : RootSettings
{
    [CommandOption("--json")]
    [Description("Print the claims as one JSON document on standard output.")]
    public bool Json { get; init; }
}
