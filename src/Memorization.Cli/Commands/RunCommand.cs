using Memorization.Claims;
using Memorization.Claims.Report;
using Memorization.Claims.Running;
using Memorization.Claims.Specs;
using Memorization.Claims.Sweep;
using Memorization.Configuration;
using Memorization.Devices;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro run</c>: the main job. Runs the selected claims (all by default) at the tier and device chosen,
/// prints each verdict, writes <c>artifacts/results/</c> and the report. With <c>--seeds</c>, runs every claim at
/// every seed (each seed from scratch) and prints at how many seeds each claim holds. Exit code 1 when a claim
/// fails at any seed; 2 (before anything runs) for a device this machine does not have.
/// </summary>
public class RunCommand(ReproEnvironment environment) : Command<RunSettings>
{
    /// <summary>Whether this command rewrites baselines (<c>repro baseline update</c>).</summary>
    protected virtual bool UpdateBaselines => environment.Settings.UpdateBaselines;

    public override int Execute(CommandContext context, RunSettings settings)
    {
        Tier tier = settings.ResolveTier(environment.Settings);
        DeviceOption device = settings.ResolveDevice(environment.Settings);
        ulong? seed = settings.Seed;
        IReadOnlyList<ulong>? sweep = settings.SweepSeeds();
        if (sweep is not null && UpdateBaselines)
        {
            throw new InvalidOptionException("--seeds",
                "--seeds cannot rewrite baselines (repro baseline update or UpdateBaselines=true): a baseline records one seed per claim, tier and device. " +
                "Sweep with repro run --seeds LIST, or record a baseline at one seed with --seed N.");
        }

        ClaimSuite suite = environment.Suite(settings.Root);
        suite.EnsureValid();
        IReadOnlyList<ClaimSpec> claims = settings.Select(suite);
        environment.RequireAvailable(device);
        environment.Out.WriteLine($"repro: {claims.Count} claim(s), tier {tier.ToString().ToLowerInvariant()}, device {device.ToString().ToLowerInvariant()}" +
                                  (sweep is null ? "" : $", {sweep.Count} seed(s) ({SeedList.Format(sweep)})") +
                                  (UpdateBaselines ? ", rewriting baselines" : ""));

        List<ClaimResult> results = [];
        foreach (ulong? runSeed in sweep is null ? [seed] : sweep.Select(s => (ulong?)s))
        {
            foreach (ClaimSpec claim in claims)
            {
                ClaimResult r = RunOne(suite, claim, tier, device, runSeed);
                results.Add(r);
                string where = sweep is null ? $"{r.Tier}, {r.Device}" : $"{r.Tier}, {r.Device}, seed {r.Seed}";
                environment.Out.WriteLine($"  {r.Verdict.ToString().ToUpperInvariant(),-7} {r.ClaimId} ({where}): {r.Message}");
            }

            if (sweep is not null)
            {
                // Keys carry the seed, so the next seed retrains anyway: keep one seed's models in memory, not all.
                ClaimSuite.ReleaseSharedRuns();
            }
        }

        if (sweep is not null)
        {
            SeedSweepConsole.Write(environment.Out, sweep, SeedSweepAggregation.From(results));
        }

        var (_, files) = ReportWriter.Write(suite.Repository);
        environment.Out.WriteLine($"repro: report written to {suite.Repository.Relative(Path.Combine(suite.Repository.ReportDirectory, MarkdownReportExporter.FileName))} ({files.Count} file(s)).");
        return results.Any(r => r.Verdict is Verdict.Fail or Verdict.Error) ? ExitCodes.CheckFailed : ExitCodes.Ok;
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
            ProgressTask task = ctx.AddTask(Markup.Escape(seed is null ? claim.Id : $"{claim.Id} (seed {seed})"), maxValue: 1.0);
            result = suite.Run(claim, tier, device, seed, UpdateBaselines, new Progress<double>(p => task.Value = p));
            task.Value = 1.0;
        });
        return result!;
    }
}
