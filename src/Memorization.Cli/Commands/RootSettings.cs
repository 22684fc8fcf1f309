using System.ComponentModel;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>Options every command takes.</summary>
public class RootSettings : CommandSettings
{
    [CommandOption("--root <DIR>")]
    [Description("Repository root (the folder of Memorization.Repro.sln). Default: the root baked in at build, else the .sln above the current folder.")]
    public string? Root { get; init; }
}
