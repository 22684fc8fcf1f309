using Memorization.Claims;
using Memorization.Claims.Running;
using Memorization.Configuration;
using Memorization.Devices;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro audit</c>: runs each selected claim twice with the same seed, device and thread count and compares the
/// digests of their numbers (DESIGN.md: on a CPU the same seed, build and thread count give bit-identical results).
/// Exit 1 when a digest differs. Baselines are neither compared nor rewritten.
/// </summary>
public sealed class AuditCommand(ReproEnvironment environment) : Command<SelectionSettings>
{
    public override int Execute(CommandContext context, SelectionSettings settings)
    {
        Tier tier = settings.ResolveTier(environment.Settings);
        DeviceOption device = settings.ResolveDevice(environment.Settings);
        ulong? seed = settings.Seed;
        ClaimSuite suite = environment.Suite(settings.Root);
        suite.EnsureValid();
        environment.RequireAvailable(device);
        int differing = 0;
        foreach (var claim in settings.Select(suite))
        {
            ClaimResult first = suite.Run(claim, tier, device, seed, updateBaselines: false);
            if (first.Verdict is Verdict.Skipped or Verdict.Error)
            {
                environment.Out.WriteLine($"  {first.Verdict.ToString().ToUpperInvariant(),-9} {claim.Id}: {first.Message}");
                differing += first.Verdict == Verdict.Error ? 1 : 0;
                continue;
            }

            ClaimResult second = suite.Run(claim, tier, device, seed, updateBaselines: false);
            bool same = first.Digest == second.Digest;
            differing += same ? 0 : 1;
            environment.Out.WriteLine($"  {(same ? "IDENTICAL" : "DIFFERENT"),-9} {claim.Id} ({first.Tier}, {first.Device}, seed {first.Seed}): digests {first.Digest} and {second.Digest}");
        }

        environment.Out.WriteLine(differing == 0 ? "repro: every audited claim reproduced bit for bit." : $"repro: {differing} claim(s) did not reproduce.");
        return differing == 0 ? ExitCodes.Ok : ExitCodes.CheckFailed;
    }
}
