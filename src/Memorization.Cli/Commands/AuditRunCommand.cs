using System.Text.Json;
using Memorization.Claims;
using Memorization.Claims.Audit;
using Memorization.Claims.Measurements;
using Memorization.Claims.Running;
using Memorization.Configuration;
using Memorization.Devices;
using Spectre.Console.Cli;
using TorchSharp;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro audit-run</c> (hidden): one run of one claim in a process of its own, started by <c>repro audit</c>
/// (<see cref="Audit.ChildProcessAuditRunner"/>). Writes the result under <c>--artifacts</c> (never the user's
/// <c>artifacts/</c>), no report and no baseline, and the <see cref="AuditRunRecord"/> to <c>--record</c>. Exit 0 when the
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

        ClaimResult result = suite.Run(claim, tier, device, settings.Seed, updateBaselines: false);
        var record = new AuditRunRecord(result, Environment.ProcessId, RunCacheCounter.Computations, settings.Threads,
            Environment.GetEnvironmentVariable(AtenCapability.Variable));
        AtomicFile.WriteAllText(settings.Record!, JsonSerializer.Serialize(record, ClaimJson.Indented) + "\n");
        environment.Out.WriteLine($"repro audit-run: {claim.Id} {result.Verdict.ToString().ToUpperInvariant()}, digest {result.Digest}, process {Environment.ProcessId}");
        return ExitCodes.Ok;
    }
}
