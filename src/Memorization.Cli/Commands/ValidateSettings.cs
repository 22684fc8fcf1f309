using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>Options of <c>repro claims validate</c>.</summary>
public sealed class ValidateSettings : RootSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("text (default) | msbuild: one 'file(line,col): error CODE: message' line per problem.")]
    public string Format { get; init; } = "text";

    public override ValidationResult Validate() =>
        Format is "text" or "msbuild"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--format = '{Format}' is not valid. Valid values: text, msbuild.");
}
