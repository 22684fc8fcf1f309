using Memorization.Claims;
using Memorization.Cli.Json;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary><c>repro list</c>: every claim with its task, tiers and the class that measures it; <c>--json</c> as one document.</summary>
public sealed class ListCommand(ReproEnvironment environment) : Command<ListSettings>
{
    public override int Execute(CommandContext context, ListSettings settings)
    {
        ClaimSuite suite = environment.Suite(settings.Root);
        var claims = suite.Claims.Select(claim => new ListedClaimJson(
            claim.Id,
            claim.Task.ToString().ToLowerInvariant(),
            claim.Tiers.Select(t => new ListedTierJson(t.Tier.ToString().ToLowerInvariant(), t.RequiresGpu)).ToArray(),
            suite.Measurements.Find(claim.Id)?.GetType().Name,
            claim.Title)).ToArray();

        if (settings.Json)
        {
            CliJson.Write(environment.Out, new ListJson(claims, suite.Errors.Count));
        }
        else
        {
            Write(claims);
        }

        if (suite.Errors.Count > 0)
        {
            environment.Err.WriteLine($"{suite.Errors.Count} problem(s) in claims/: run 'repro claims validate' for the list.");
            return ExitCodes.CheckFailed;
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// A table whose ids, tiers and class names never wrap (a class name broken mid-word cannot be searched for) and whose
    /// title wraps at spaces; when the terminal is too narrow for that, one claim per line with its title indented below.
    /// </summary>
    private void Write(IReadOnlyList<ListedClaimJson> claims)
    {
        string[][] rows = claims.Select(c => new[] { c.Id, c.Task, string.Join(", ", c.Tiers.Select(t => t.Tier + (t.Gpu ? " (gpu)" : ""))), c.MeasuredBy ?? "(nothing)" }).ToArray();
        string[] headers = ["Claim", "Task", "Tiers", "Measured by"];
        int[] widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        const int MinTitle = 24;
        int needed = widths.Sum() + MinTitle + (3 * (headers.Length + 1)) + 1; // borders and padding of 5 columns
        if (environment.Console.Profile.Width < needed)
        {
            foreach ((ListedClaimJson claim, string[] row) in claims.Zip(rows))
            {
                environment.Console.WriteLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
                environment.Console.WriteLine("    " + claim.Title);
            }

            return;
        }

        var table = new Table();
        foreach (string header in headers)
        {
            table.AddColumn(new TableColumn(header).NoWrap());
        }

        table.AddColumn(new TableColumn("Title"));
        foreach ((ListedClaimJson claim, string[] row) in claims.Zip(rows))
        {
            table.AddRow([.. row.Select(Markup.Escape), Markup.Escape(claim.Title)]);
        }

        environment.Console.Write(table);
    }
}
