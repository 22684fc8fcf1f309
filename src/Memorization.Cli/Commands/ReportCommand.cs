using Memorization.Claims.Report;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary><c>repro report</c>: (re)writes <c>artifacts/report/</c> from <c>artifacts/results/</c>, without measuring.</summary>
public sealed class ReportCommand(ReproEnvironment environment) : Command<RootSettings>
{
    public override int Execute(CommandContext context, RootSettings settings)
    {
        var repository = environment.Repository(settings.Root);
        var (suite, files) = ReportWriter.Write(repository);
        environment.Out.WriteLine($"repro: report of {suite.Claims.Count} claim run(s) written to {repository.Relative(repository.ReportDirectory)}/ ({files.Count} file(s)).");
        return ExitCodes.Ok;
    }
}
