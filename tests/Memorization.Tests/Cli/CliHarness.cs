using Memorization.Claims.Measurements;
using Memorization.Cli;
using Memorization.Cli.Audit;
using Memorization.Configuration;
using Memorization.Tests.Claims;
using Spectre.Console;

namespace Memorization.Tests.Cli;

/// <summary>
/// Runs <c>repro</c> in-process on a temp repository with a non-interactive console and no environment variables
/// (so a CI=true of the machine running the tests does not leak in), and checks it printed no stack trace.
/// </summary>
internal static class CliHarness
{
    public static (int Code, string Output) Repro(TempRepository repo, ClaimMeasurementCatalog catalog, params string[] args) =>
        ReproWith(repo, catalog, null, args);

    /// <summary>As <see cref="Repro"/>, with <paramref name="auditRunner"/> carrying out <c>repro audit</c>'s runs (null: a process per run).</summary>
    public static (int Code, string Output) ReproWith(TempRepository repo, ClaimMeasurementCatalog catalog, Func<IAuditRunner>? auditRunner, params string[] args)
    {
        var writer = new StringWriter();
        int code = Run(repo, catalog, auditRunner, writer, writer, _ => null, args);
        return (code, writer.ToString());
    }

    /// <summary>
    /// Runs <c>repro</c> with standard output and standard error kept apart, and the environment variables
    /// <paramref name="variables"/> (e.g. CI=true).
    /// </summary>
    public static (int Code, string Out, string Err) ReproSplit(TempRepository repo, ClaimMeasurementCatalog catalog, IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Run(repo, catalog, null, stdout, stderr, name => variables.GetValueOrDefault(name), args);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// As <see cref="ReproSplit"/> with no variables, and progress lines written every <paramref name="progressInterval"/>
    /// (<see cref="TimeSpan.Zero"/>: at every report) instead of at the default interval.
    /// </summary>
    public static (int Code, string Out, string Err) ReproWithProgress(TempRepository repo, ClaimMeasurementCatalog catalog, TimeSpan progressInterval, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Run(repo, catalog, null, stdout, stderr, _ => null, args, progressInterval);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static int Run(TempRepository repo, ClaimMeasurementCatalog catalog, Func<IAuditRunner>? auditRunner, StringWriter stdout, StringWriter stderr,
        Func<string, string?> variables, string[] args, TimeSpan? progressInterval = null)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(stdout),
        });
        console.Profile.Width = 200;
        var environment = new ReproEnvironment(console, stdout, ReproSettings.Default, repo.Root, catalog, ClaimSuiteFixture.FakeCpu, auditRunner,
            Error: stderr, Variables: variables);
        if (progressInterval is { } interval)
        {
            environment = environment with { ProgressInterval = interval };
        }
        int code = ReproApp.Run(args, environment);
        Assert.DoesNotContain("   at ", stdout.ToString() + stderr.ToString()); // never a stack trace
        return code;
    }
}
