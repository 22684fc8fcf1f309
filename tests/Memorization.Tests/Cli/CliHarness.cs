using Memorization.Claims.Measurements;
using Memorization.Cli;
using Memorization.Configuration;
using Memorization.Tests.Claims;
using Spectre.Console;

namespace Memorization.Tests.Cli;

/// <summary>Runs <c>repro</c> in-process on a temp repository with a non-interactive console, and checks it printed no stack trace.</summary>
internal static class CliHarness
{
    public static (int Code, string Output) Repro(TempRepository repo, ClaimMeasurementCatalog catalog, params string[] args)
    {
        var writer = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        var environment = new ReproEnvironment(console, writer, ReproSettings.Default, repo.Root, catalog, ClaimSuiteFixture.FakeCpu);
        int code = ReproApp.Run(args, environment);
        string output = writer.ToString();
        Assert.DoesNotContain("   at ", output); // never a stack trace
        return (code, output);
    }
}
