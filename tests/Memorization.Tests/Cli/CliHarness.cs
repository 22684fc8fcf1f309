using Memorization.Claims.Measurements;
using Memorization.Cli;
using Memorization.Cli.Audit;
using Memorization.Configuration;
using Memorization.Tests.Claims;
using Spectre.Console;

namespace Memorization.Tests.Cli;

/// <summary>Runs <c>repro</c> in-process on a temp repository with a non-interactive console, and checks it printed no stack trace.</summary>
internal static class CliHarness
{
    public static (int Code, string Output) Repro(TempRepository repo, ClaimMeasurementCatalog catalog, params string[] args) =>
        ReproWith(repo, catalog, null, args);

    /// <summary>As <see cref="Repro"/>, with <paramref name="auditRunner"/> carrying out <c>repro audit</c>'s runs (null: a process per run).</summary>
    public static (int Code, string Output) ReproWith(TempRepository repo, ClaimMeasurementCatalog catalog, Func<IAuditRunner>? auditRunner, params string[] args)
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
        var environment = new ReproEnvironment(console, writer, ReproSettings.Default, repo.Root, catalog, ClaimSuiteFixture.FakeCpu, auditRunner);
        int code = ReproApp.Run(args, environment);
        string output = writer.ToString();
        Assert.DoesNotContain("   at ", output); // never a stack trace
        return (code, output);
    }
}
