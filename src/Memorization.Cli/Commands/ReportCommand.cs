using Memorization.Claims.Report;
using Memorization.Claims.Running;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro report</c>: (re)writes <c>artifacts/report/</c> from <c>artifacts/results/</c>, without measuring; with no
/// result there, writes nothing and exits 1 with a message.
/// </summary>
public sealed class ReportCommand(ReproEnvironment environment) : Command<RootSettings>
{
    public override int Execute(CommandContext context, RootSettings settings)
    {
        var repository = environment.Repository(settings.Root);
        SuiteResult suite;
        IReadOnlyList<string> files;
        try
        {
            (suite, files) = ReportWriter.Write(repository);
        }
        catch (NothingToReportException ex)
        {
            // A check that failed (exit 1), not a usage error: the command was right, the results folder is empty.
            environment.Out.WriteLine("repro: " + ex.Message);
            return ExitCodes.CheckFailed;
        }

        environment.Out.WriteLine($"repro: report of {suite.Claims.Count} claim run(s) written to {repository.Relative(repository.ReportDirectory)}/ ({files.Count} file(s)).");
        return ExitCodes.Ok;
    }
}
