using Spectre.Console;

namespace Memorization.Cli.Infrastructure;

/// <summary>
/// The console of the real tool. <c>NO_COLOR</c> (no-color.org: set and not empty) means no ANSI escape at all:
/// Spectre's own detection drops only the colours and keeps bold and underline, so ANSI is switched off outright.
/// </summary>
public static class ReproConsole
{
    /// <summary>The variable of no-color.org.</summary>
    public const string NoColorVariable = "NO_COLOR";

    /// <summary>Whether <paramref name="environment"/> asks for no colour.</summary>
    public static bool NoColor(Func<string, string?> environment) => !string.IsNullOrEmpty(environment(NoColorVariable));

    /// <summary>A console writing to <paramref name="output"/>; <paramref name="ansi"/> applies unless NO_COLOR is set.</summary>
    public static IAnsiConsole Create(TextWriter output, Func<string, string?> environment, AnsiSupport ansi = AnsiSupport.Detect)
    {
        bool plain = NoColor(environment);
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = plain ? AnsiSupport.No : ansi,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Out = new AnsiConsoleOutput(output),
        });
    }
}
