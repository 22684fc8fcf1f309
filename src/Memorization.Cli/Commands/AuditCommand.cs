using System.Globalization;
using Memorization.Claims;
using Memorization.Claims.Audit;
using Memorization.Claims.Running;
using Memorization.Claims.Specs;
using Memorization.Cli.Audit;
using Memorization.Cli.Json;
using Memorization.Configuration;
using Memorization.Devices;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro audit</c>: runs each selected claim twice from scratch, each run in a process of its own (so no experiment
/// cache, model or data is shared: the second run trains again; each does all that <c>repro run</c> does, into a folder of
/// its own), and compares the two bit for bit — digest, every metric's value, interval and sample size, every curve point,
/// every figure's bytes — printing IDENTICAL, or DIFFERENT with the first differing value and both numbers. <c>--seeds</c> audits every seed; <c>--threads</c> and <c>--isa</c> add runs under other thread
/// counts and instruction sets, each compared with the reference run (bit for bit, within the claim's baseline
/// tolerances, or outside them). Neither baselines nor the user's results are written. Exit 1 when a repeat differs, a
/// variant is outside tolerance, or a run fails. <c>--json</c>: one document on standard output (<see cref="AuditJson"/>), the
/// lines on standard error.
/// </summary>
public sealed class AuditCommand(ReproEnvironment environment) : Command<AuditSettings>
{
    private readonly List<AuditedRunJson> _runs = [];
    private TextWriter _lines = environment.Out;

    public override int Execute(CommandContext context, AuditSettings settings)
    {
        _lines = settings.Json ? environment.Err : environment.Out;
        if (settings.AllowGpuTiersOnCpu)
        {
            // The option comes with run's settings; an audit's child processes plan claims as dotnet test does.
            throw new InvalidOptionException("--allow-gpu-tiers-on-cpu",
                "--allow-gpu-tiers-on-cpu is an option of repro run, not of repro audit. To audit a GPU tier on the CPU, set REPRO_ALLOW_GPU_TIERS_ON_CPU=1 for the audit.");
        }

        Tier tier = settings.ResolveTier(environment.Settings);
        DeviceOption device = settings.ResolveDevice(environment.Settings);
        IReadOnlyList<ulong?> seeds = settings.SweepSeeds() is { } sweep ? sweep.Select(s => (ulong?)s).ToArray() : [settings.Seed];
        IReadOnlyList<int> threads = settings.ThreadVariants();
        IReadOnlyList<string> isas = settings.IsaVariants();
        ClaimSuite suite = environment.Suite(settings.Root);
        suite.EnsureValid();
        IReadOnlyList<ClaimSpec> claims = settings.Select(suite);
        environment.RequireAvailable(device);
        IAuditRunner runner = environment.AuditRunner?.Invoke() ?? new ChildProcessAuditRunner();
        _lines.WriteLine($"repro audit: {claims.Count} claim(s) × {seeds.Count} seed(s), tier {tier.ToString().ToLowerInvariant()}, device {device.ToString().ToLowerInvariant()}; " +
                                  $"each run from scratch in a process of its own{(threads.Count + isas.Count > 0 ? $", plus {threads.Count + isas.Count} variant(s)" : "")}");

        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (ClaimSpec claim in claims)
        {
            foreach (ulong? seed in seeds)
            {
                var request = new AuditRequest(suite.Repository.Root, claim.Id, tier, device, seed);
                Audit(claim, request, runner, threads, isas, tally);
            }
        }

        int bad = Get(tally, "DIFFERENT") + Get(tally, "ERROR") + Get(tally, "OUTSIDE");
        _lines.WriteLine($"repro: {Get(tally, "IDENTICAL")} identical, {Get(tally, "DIFFERENT")} different, {Get(tally, "ERROR")} error(s), {Get(tally, "SKIPPED")} skipped" +
                                  (threads.Count + isas.Count == 0 ? "" : $"; variants: {Get(tally, "BITWISE")} bit for bit, {Get(tally, "WITHIN")} within tolerance, {Get(tally, "OUTSIDE")} outside") +
                                  (bad == 0 ? ". Every audited run reproduced." : "."));
        int code = bad == 0 ? ExitCodes.Ok : ExitCodes.CheckFailed;
        if (settings.Json)
        {
            CliJson.Write(environment.Out, new AuditJson(tier.ToString().ToLowerInvariant(), device.ToString().ToLowerInvariant(), _runs,
                tally.ToDictionary(kv => kv.Key.ToLowerInvariant(), kv => kv.Value, StringComparer.Ordinal), code));
        }

        return code;
    }

    private void Audit(ClaimSpec claim, AuditRequest request, IAuditRunner runner, IReadOnlyList<int> threads, IReadOnlyList<string> isas, Dictionary<string, int> tally)
    {
        AuditRunOutcome first = runner.Run(request);
        if (first.Record is not { } reference)
        {
            Line(tally, "ERROR", $"{claim.Id}: {first.Failure}");
            _runs.Add(new AuditedRunJson(claim.Id, request.Seed, "error", first.Failure ?? "", []));
            return;
        }

        ClaimResult result = reference.Result;
        string where = $"{claim.Id} ({result.Tier}, {result.Device}, seed {result.Seed})";
        if (result.Verdict is Verdict.Skipped or Verdict.Error)
        {
            Line(tally, result.Verdict == Verdict.Error ? "ERROR" : "SKIPPED", $"{where}: {result.Message}");
            _runs.Add(new AuditedRunJson(claim.Id, result.Seed, result.Verdict == Verdict.Error ? "error" : "skipped", result.Message, []));
            return;
        }

        AuditRunOutcome second = runner.Run(request);
        if (second.Record is not { } repeat)
        {
            Line(tally, "ERROR", $"{where}: the second run failed: {second.Failure}");
            _runs.Add(new AuditedRunJson(claim.Id, result.Seed, "error", $"the second run failed: {second.Failure}", []));
            return;
        }

        RunComparison comparison = RunComparison.Compare(claim, result, repeat.Result);
        IReadOnlyDictionary<string, string> figures = reference.Figures ?? new Dictionary<string, string>();
        string? figure = RunComparison.FigureDifference(figures, repeat.Figures ?? new Dictionary<string, string>());
        bool identical = comparison.Agreement == RunAgreement.Identical && figure is null;
        string detail = comparison.Agreement != RunAgreement.Identical ? comparison.Detail
            : figure is not null ? $"numbers equal bit for bit, but {figure}"
            : $"{comparison.Detail}{(figures.Count == 0 ? "" : $"; {figures.Count} figure(s) byte for byte")}";
        Line(tally, identical ? "IDENTICAL" : "DIFFERENT", $"{where}: {detail}");
        var variantsJson = new List<AuditVariantJson>();
        _runs.Add(new AuditedRunJson(claim.Id, result.Seed, identical ? "identical" : "different", detail, variantsJson));
        _lines.WriteLine($"            computed twice from scratch: processes {reference.ProcessId} and {repeat.ProcessId}, {Trained(reference, repeat)}, " +
                                  $"{S(first.WallSeconds)} s and {S(second.WallSeconds)} s");

        IEnumerable<AuditRequest> variants = threads.Select(t => request with { Threads = t }).Concat(isas.Select(c => request with { CpuCapability = c }));
        foreach (AuditRequest variant in variants)
        {
            AuditRunOutcome run = runner.Run(variant);
            if (run.Record is not { } other)
            {
                Line(tally, "ERROR", $"{where} with {variant.Variant}: {run.Failure}");
                variantsJson.Add(new AuditVariantJson(variant.Variant, "error", run.Failure ?? ""));
                continue;
            }

            RunComparison against = RunComparison.Compare(claim, result, other.Result);
            (string key, string label) = against.Agreement switch
            {
                RunAgreement.Identical => ("BITWISE", "bit for bit"),
                RunAgreement.WithinTolerance => ("WITHIN", "within tolerance"),
                _ => ("OUTSIDE", "OUTSIDE tolerance"),
            };
            tally[key] = Get(tally, key) + 1;
            variantsJson.Add(new AuditVariantJson(variant.Variant, key.ToLowerInvariant(), against.Detail));
            _lines.WriteLine($"  {"",-9} {where} with {variant.Variant} (process {other.ProcessId}, {Describe(other)}): {label}: {against.Detail}");
        }
    }

    private void Line(Dictionary<string, int> tally, string label, string text)
    {
        tally[label] = Get(tally, label) + 1;
        _lines.WriteLine($"  {label,-9} {text}");
    }

    private static int Get(Dictionary<string, int> tally, string key) => tally.GetValueOrDefault(key);

    private static string Trained(AuditRunRecord a, AuditRunRecord b) =>
        a.SharedExperimentsComputed == 0 && b.SharedExperimentsComputed == 0
            ? "neither reads a shared experiment"
            : $"shared experiments trained: {a.SharedExperimentsComputed} and {b.SharedExperimentsComputed}";

    private static string Describe(AuditRunRecord record) =>
        record.Result.Provenance?.Cpu is { } cpu ? $"ATen {cpu.AtenCapability}, {cpu.ThreadCount} thread(s)"
        : record.Result.Provenance?.ThreadCount is { } t ? $"{t} thread(s)" : "no LibTorch";

    private static string S(double seconds) => seconds.ToString("0.0", CultureInfo.InvariantCulture);
}
