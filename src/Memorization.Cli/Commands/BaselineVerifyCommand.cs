using Memorization.Claims;
using Memorization.Claims.Baselines;
using Memorization.Configuration;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro baseline verify</c>: checks every stored baseline of the selected claims (format, fields, SHA-256
/// seal) without measuring, and lists the claims that have no baseline for the tier. Exit 1 on any problem.
/// </summary>
public sealed class BaselineVerifyCommand(ReproEnvironment environment) : Command<SelectionSettings>
{
    public override int Execute(CommandContext context, SelectionSettings settings)
    {
        Tier tier = settings.ResolveTier(environment.Settings);
        ClaimSuite suite = environment.Suite(settings.Root);
        var store = new BaselineStore(suite.Repository);
        string tierName = tier.ToString().ToLowerInvariant();
        int problems = 0;
        foreach (var claim in settings.Select(suite))
        {
            string folder = Path.Combine(suite.Repository.BaselinesDirectory, claim.Id);
            string[] files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray() : [];
            foreach (string file in files)
            {
                string[] parts = Path.GetFileNameWithoutExtension(file).Split('.');
                try
                {
                    if (parts.Length != 2)
                    {
                        throw new BaselineException(suite.Repository.Relative(file), "(file name)", $"{suite.Repository.Relative(file)}: a baseline is named <tier>.<device>.json.");
                    }

                    store.TryRead(claim.Id, parts[0], parts[1]);
                    environment.Out.WriteLine($"  ok      {suite.Repository.Relative(file)}");
                }
                catch (Exception ex) when (ex is BaselineException or ArgumentException)
                {
                    problems++;
                    environment.Out.WriteLine($"  INVALID {ex.Message}");
                }
            }

            if (!files.Any(f => Path.GetFileName(f).StartsWith(tierName + ".", StringComparison.Ordinal)))
            {
                problems++;
                environment.Out.WriteLine($"  MISSING {store.RelativePath(claim.Id, tierName, "cpu")}: create it with {BaselineStore.HowToUpdate(claim.Id, tierName)}.");
            }
        }

        environment.Out.WriteLine(problems == 0 ? "repro: every baseline verified." : $"repro: {problems} baseline problem(s).");
        return problems == 0 ? ExitCodes.Ok : ExitCodes.CheckFailed;
    }
}
