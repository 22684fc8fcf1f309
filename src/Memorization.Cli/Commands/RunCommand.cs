using Memorization.Claims;
using Memorization.Claims.Report;
using Memorization.Claims.Running;
using Memorization.Claims.Specs;
using Memorization.Claims.Sweep;
using Memorization.Cli.Json;
using Memorization.Configuration;
using Memorization.Devices;
using Memorization.Experiments;
using Memorization.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro run</c>: the main job. Runs the selected claims (all by default) at the tier and device chosen,
/// prints one short line per claim and a closing count, writes <c>artifacts/results/</c> and the report. With
/// <c>--seeds</c>, runs every claim at every seed (each seed from scratch) and prints at how many seeds each claim holds.
/// With <c>--json</c>, standard output holds one JSON document (<see cref="RunJson"/>) and the lines go to standard
/// error. Exit code 1 when a claim fails at any seed; 2 (before anything runs) for a device this machine does not have.
/// </summary>
public sealed class RunCommand(ReproEnvironment environment) : Command<RunSettings>
{
    public override int Execute(CommandContext context, RunSettings settings) => Run(settings, environment.Settings.UpdateBaselines);

    /// <summary>Runs as <c>repro run</c>, rewriting baselines when <paramref name="updateBaselines"/> (<c>repro baseline update</c>).</summary>
    internal int Run(RunSettings settings, bool updateBaselines)
    {
        Tier tier = settings.ResolveTier(environment.Settings);
        DeviceOption device = settings.ResolveDevice(environment.Settings);
        bool allowGpuTiersOnCpu = settings.AllowGpuTiersOnCpu || environment.Settings.AllowGpuTiersOnCpu;
        ulong? seed = settings.Seed;
        IReadOnlyList<ulong>? sweep = settings.SweepSeeds();
        if (sweep is not null && updateBaselines)
        {
            throw new InvalidOptionException("--seeds",
                "--seeds cannot rewrite baselines (repro baseline update or UpdateBaselines=true): a baseline records one seed per claim, tier and device. " +
                "Sweep with repro run --seeds LIST, or record a baseline at one seed with --seed N.");
        }

        ClaimSuite suite = environment.Suite(settings.Root);
        suite.EnsureValid();
        IReadOnlyList<ClaimSpec> claims = settings.Select(suite);
        environment.RequireAvailable(device);
        DeviceJson used = Resolve(device);
        TextWriter lines = settings.Json ? environment.Err : environment.Out;
        lines.WriteLine($"repro: {claims.Count} claim(s), tier {Name(tier)}, device {used.Description ?? used.Requested}" +
                        (device == DeviceOption.Auto ? ", chosen by --device auto" : "") +
                        (sweep is null ? "" : $", {sweep.Count} seed(s) ({SeedList.Format(sweep)})") +
                        (updateBaselines ? ", rewriting baselines" : "") +
                        (allowGpuTiersOnCpu && device != DeviceOption.Cuda ? ", GPU tiers allowed on the CPU" : ""));

        List<ClaimResult> results = [];
        foreach (ulong? runSeed in sweep is null ? [seed] : sweep.Select(s => (ulong?)s))
        {
            foreach (ClaimSpec claim in claims)
            {
                ClaimResult r = RunOne(suite, claim, tier, device, runSeed, updateBaselines, interactive: !settings.Json, allowGpuTiersOnCpu);
                results.Add(r);
                lines.WriteLine(ClaimLine.Format(r, withSeed: sweep is not null));
            }

            if (sweep is not null)
            {
                // Keys carry the seed, so the next seed retrains anyway: keep one seed's models in memory, not all.
                ClaimSuite.ReleaseSharedRuns();
            }
        }

        foreach (ClaimResult r in results.Where(r => r.Verdict is Verdict.Fail or Verdict.Error))
        {
            lines.WriteLine($"  {r.ClaimId} ({r.Tier}, {r.Device}{(sweep is null ? "" : $", seed {r.Seed}")}) {ClaimLine.Word(r.Verdict)}: {r.Message}");
        }

        if (sweep is not null)
        {
            SeedSweepConsole.Write(lines, sweep, SeedSweepAggregation.From(results));
        }

        var (_, files) = ReportWriter.Write(suite.Repository);
        string report = suite.Repository.Relative(Path.Combine(suite.Repository.ReportDirectory, MarkdownReportExporter.FileName));
        lines.WriteLine($"repro: report written to {report} ({files.Count} file(s)).");
        lines.WriteLine(ClaimLine.Closing(results));
        int code = results.Any(r => r.Verdict is Verdict.Fail or Verdict.Error) ? ExitCodes.CheckFailed : ExitCodes.Ok;
        if (settings.Json)
        {
            var store = new ResultStore(suite.Repository);
            CliJson.Write(environment.Out, new RunJson(Name(tier), used, sweep, updateBaselines,
                results.Select(r => ClaimRunJson.From(r, suite.Repository.Relative(store.PathOf(r, ClaimSeed(claims, r))))).ToArray(),
                results.Count(r => r.Verdict == Verdict.Pass), results.Count(r => r.Verdict is Verdict.Fail or Verdict.Error),
                results.Count(r => r.Verdict == Verdict.Skipped), report, code));
        }

        return code;
    }

    /// <summary>The device asked for and, when it resolves, the one used (the header names it, not just "auto").</summary>
    private DeviceJson Resolve(DeviceOption device)
    {
        string requested = device.ToString().ToLowerInvariant();
        try
        {
            ResolvedDevice resolved = environment.Resolve(device);
            return new DeviceJson(requested, resolved.Name, resolved.Description);
        }
        catch (DeviceUnavailableException)
        {
            // LibTorch does not load here: each claim that needs it reports the error in its own result.
            return new DeviceJson(requested, null, $"{requested} (LibTorch did not load)");
        }
    }

    private static ulong ClaimSeed(IReadOnlyList<ClaimSpec> claims, ClaimResult result) =>
        claims.First(c => c.Id == result.ClaimId).Seed;

    private static string Name(Tier tier) => tier.ToString().ToLowerInvariant();

    private ClaimResult RunOne(ClaimSuite suite, ClaimSpec claim, Tier tier, DeviceOption device, ulong? seed, bool updateBaselines, bool interactive,
        bool allowGpuTiersOnCpu)
    {
        string label = seed is null ? claim.Id : $"{claim.Id} (seed {seed})";
        // Live progress needs cursor movement: only on an interactive terminal with ANSI (not under NO_COLOR or --json).
        // Elsewhere (CI logs, files, --json) periodic plain lines on standard error, never on standard output.
        if (!interactive || !environment.Console.Profile.Capabilities.Interactive || !environment.Console.Profile.Capabilities.Ansi)
        {
            using PlainProgressLines lines = new PlainProgressLines(environment.Err, label, environment.ProgressInterval ?? PlainProgressLines.DefaultInterval).StartTimer();
            return suite.Run(claim, tier, device, seed, updateBaselines, lines, allowGpuTiersOnCpu: allowGpuTiersOnCpu);
        }

        ClaimResult? result = null;
        environment.Console.Progress()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                ProgressTask task = ctx.AddTask(Markup.Escape(label), maxValue: 1.0);
                result = suite.Run(claim, tier, device, seed, updateBaselines, new LiveProgress(task, label), allowGpuTiersOnCpu: allowGpuTiersOnCpu);
                task.Value = 1.0;
            });
        return result!;
    }

    // The live line: the bar follows the fraction, the description says what is happening (step, checkpoint, attack).
    private sealed class LiveProgress(ProgressTask task, string label) : IProgress<double>, IProgress<ExperimentProgress>
    {
        public void Report(double value) => task.Value = value;

        public void Report(ExperimentProgress value)
        {
            task.Value = value.Fraction;
            task.Description = Markup.Escape($"{label}: {value.Stage}");
        }
    }
}
