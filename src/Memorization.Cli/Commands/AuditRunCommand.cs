using System.Security.Cryptography;
using System.Text.Json;
using Memorization.Claims;
using Memorization.Claims.Audit;
using Memorization.Claims.Measurements;
using Memorization.Claims.Report;
using Memorization.Claims.Running;
using Memorization.Configuration;
using Memorization.Devices;
using Spectre.Console.Cli;
using TorchSharp;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro audit-run</c> (hidden): one run of one claim in a process of its own, started by <c>repro audit</c>
/// (<see cref="Audit.ChildProcessAuditRunner"/>). Does what <c>repro run --claim ID</c> does — measure, write the result,
/// draw the report — under <c>--artifacts</c> (never the user's <c>artifacts/</c>), rewrites no baseline, and writes the
/// <see cref="AuditRunRecord"/> (with a SHA-256 of each figure) to <c>--record</c>. Exit 0 when the
/// record is written, whatever the claim's verdict (the record carries it).
/// </summary>
public sealed class AuditRunCommand(ReproEnvironment environment) : Command<AuditRunSettings>
{
    /// <summary>The command's name.</summary>
    public const string Name = "audit-run";

    public override int Execute(CommandContext context, AuditRunSettings settings)
    {
        Tier tier = settings.ResolveTier(environment.Settings);
        DeviceOption device = settings.ResolveDevice(environment.Settings);
        ReproRepository repository = environment.Repository(settings.Root);
        var suite = new ClaimSuite(new ReproRepository(repository.Root, settings.Artifacts), environment.Measurements, environment.ResolveDevice);
        suite.EnsureValid();
        var claim = settings.Select(suite)[0];
        if (settings.Threads is { } threads)
        {
            TorchDevices.EnsureLoaded();
            torch.set_num_threads(threads);
        }

        // Everything `repro run` does, into the run's own folder: measure, write the result, draw the report.
        ClaimResult result = suite.Run(claim, tier, device, settings.Seed, updateBaselines: false, allowGpuTiersOnCpu: environment.Settings.AllowGpuTiersOnCpu);
        ReportWriter.Write(suite.Repository);
        var record = new AuditRunRecord(result, Environment.ProcessId, RunCacheCounter.Computations, settings.Threads,
            Environment.GetEnvironmentVariable(AtenCapability.Variable), Figures(Path.Combine(suite.Repository.ReportDirectory, "figures")));
        AtomicFile.WriteAllText(settings.Record!, JsonSerializer.Serialize(record, ClaimJson.Indented) + "\n");
        environment.Out.WriteLine($"repro audit-run: {claim.Id} {result.Verdict.ToString().ToUpperInvariant()}, digest {result.Digest}, process {Environment.ProcessId}");
        return ExitCodes.Ok;
    }

    private static Dictionary<string, string> Figures(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.png").ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal)
            : [];
}
