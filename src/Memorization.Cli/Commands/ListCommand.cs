using Memorization.Claims;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary><c>repro list</c>: every claim with its task, tiers and assertions.</summary>
public sealed class ListCommand(ReproEnvironment environment) : Command<RootSettings>
{
    public override int Execute(CommandContext context, RootSettings settings)
    {
        ClaimSuite suite = environment.Suite(settings.Root);
        var table = new Table().AddColumns("Claim", "Task", "Tiers", "Measured by", "Title");
        foreach (var claim in suite.Claims)
        {
            string tiers = string.Join(", ", claim.Tiers.Select(t => t.Tier.ToString().ToLowerInvariant() + (t.RequiresGpu ? " (gpu)" : "")));
            table.AddRow(Markup.Escape(claim.Id), claim.Task.ToString().ToLowerInvariant(), tiers,
                Markup.Escape(suite.Measurements.Find(claim.Id)?.GetType().Name ?? "(nothing)"), Markup.Escape(claim.Title));
        }

        environment.Console.Write(table);
        if (suite.Errors.Count > 0)
        {
            environment.Out.WriteLine($"{suite.Errors.Count} problem(s) in claims/: run 'repro claims validate' for the list.");
            return ExitCodes.CheckFailed;
        }

        return ExitCodes.Ok;
    }
}
