using Memorization.Claims;
using Memorization.Claims.Report;
using Memorization.Claims.Running;
using Memorization.Claims.Specs;
using Memorization.Configuration;
using Memorization.Devices;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro run</c>: the main job. Runs the selected claims (all by default) at the tier and device chosen,
/// prints each verdict, writes <c>artifacts/results/</c> and the report. Exit code 1 when a claim fails.
/// </summary>
public class RunCommand(ReproEnvironment environment) : Command<SelectionSettings>
{
    /// <summary>Whether this command rewrites baselines (<c>repro baseline update</c>).</summary>
    protected virtual bool UpdateBaselines => environment.Settings.UpdateBaselines;

    public override int Execute(CommandContext context, SelectionSettings settings)
    {
        Tier tier = settings.ResolveTier(environment.Settings);
        DeviceOption device = settings.ResolveDevice(environment.Settings);
        ulong? seed = settings.Seed;
        ClaimSuite suite = environment.Suite(settings.Root);
        suite.EnsureValid();
        IReadOnlyList<ClaimSpec> claims = settings.Select(suite);
        environment.Out.WriteLine($"repro: {claims.Count} claim(s), tier {tier.ToString().ToLowerInvariant()}, device {device.ToString().ToLowerInvariant()}" +
                                  (UpdateBaselines ? ", rewriting baselines" : ""));

        List<ClaimResult> results = [];
        foreach (ClaimSpec claim in claims)
        {
            results.Add(RunOne(suite, claim, tier, device, seed));
            ClaimResult r = results[^1];
            environment.Out.WriteLine($"  {r.Verdict.ToString().ToUpperInvariant(),-7} {r.ClaimId} ({r.Tier}, {r.Device}): {r.Message}");
        }

        var (_, files) = ReportWriter.Write(suite.Repository);
        environment.Out.WriteLine($"repro: report written to {suite.Repository.Relative(Path.Combine(suite.Repository.ReportDirectory, MarkdownReportExporter.FileName))} ({files.Count} file(s)).");
        return results.Any(r => r.Verdict is Verdict.Fail or Verdict.Error) ? 1 : 0;
    }

    private ClaimResult RunOne(ClaimSuite suite, ClaimSpec claim, Tier tier, DeviceOption device, ulong? seed)
    {
        if (!environment.Console.Profile.Capabilities.Interactive)
        {
            return suite.Run(claim, tier, device, seed, UpdateBaselines);
        }

        ClaimResult? result = null;
        environment.Console.Progress().Start(ctx =>
        {
            ProgressTask task = ctx.AddTask(Markup.Escape(claim.Id), maxValue: 1.0);
            result = suite.Run(claim, tier, device, seed, UpdateBaselines, new Progress<double>(p => task.Value = p));
            task.Value = 1.0;
        });
        return result!;
    }
}
