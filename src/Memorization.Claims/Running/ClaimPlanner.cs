using Memorization.Claims.Specs;
using Memorization.Configuration;
using Memorization.Devices;

namespace Memorization.Claims.Running;

/// <summary>
/// Decides whether a claim runs at a tier on this machine. A tier marked <c>gpu: true</c> is skipped on a
/// CPU, with the reason shown, unless <c>ReproDevice=cuda</c> was demanded (then it runs, and fails with
/// the <see cref="DeviceUnavailableException"/> message where there is no GPU) or the user allowed GPU tiers
/// on the CPU on purpose (<c>repro run --allow-gpu-tiers-on-cpu</c>, <c>ReproAllowGpuTiersOnCpu=true</c>): then it
/// runs on the CPU, for as long as that takes.
/// </summary>
public static class ClaimPlanner
{
    /// <summary>The plan for <paramref name="claim"/>; <paramref name="cudaAvailable"/> is only asked for GPU-only tiers under <c>auto</c>.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="tier">The tier asked for.</param>
    /// <param name="device">The device asked for.</param>
    /// <param name="cudaAvailable">Whether <c>auto</c> would find a GPU.</param>
    /// <param name="allowGpuTiersOnCpu">Run a <c>gpu: true</c> tier on the CPU instead of skipping it.</param>
    /// <param name="hints">How the skip reason names the options: as <c>repro</c> options or as MSBuild properties (<c>dotnet test</c>).</param>
    public static ClaimPlan Plan(ClaimSpec claim, Tier tier, DeviceOption device, Func<bool> cudaAvailable, bool allowGpuTiersOnCpu = false,
        HintSyntax hints = HintSyntax.MSBuild)
    {
        // A claim that defines only the tiny tier (exact enumeration, exponential in n·d) runs it at every tier:
        // there is no larger version of it to select.
        if (claim.FindTier(tier) is null && claim.Tiers.Count == 1 && claim.FindTier(Tier.Tiny) is not null)
        {
            tier = Tier.Tiny;
        }

        string name = tier.ToString().ToLowerInvariant();
        TierSpec? spec = claim.FindTier(tier);
        if (spec is null)
        {
            return new ClaimPlan(claim, name, null,
                $"claim {claim.Id} defines no {name} tier (it has: {string.Join(", ", claim.Tiers.Select(t => t.Tier.ToString().ToLowerInvariant()))}).");
        }

        if (spec.RequiresGpu && !allowGpuTiersOnCpu && (device == DeviceOption.Cpu || (device == DeviceOption.Auto && !cudaAvailable())))
        {
            string deviceName = device.ToString().ToLowerInvariant();
            return new ClaimPlan(claim, name, spec, hints == HintSyntax.Cli
                ? $"tier {name} of claim {claim.Id} needs a GPU (tiers.{name}.gpu: true) and this run uses the CPU (--device {deviceName}). " +
                  "Run it on a GPU runner (a build with -p:TorchBackend=cuda) with --device cuda, choose --tier smoke, " +
                  "or run it on the CPU on purpose with --allow-gpu-tiers-on-cpu (hours to days on a few cores)."
                : $"tier {name} of claim {claim.Id} needs a GPU (tiers.{name}.gpu: true) and this run uses the CPU (ReproDevice={deviceName}). " +
                  "Run it on a GPU runner with -p:TorchBackend=cuda -p:ReproDevice=cuda, choose -p:ReproTier=smoke, " +
                  $"or run it on the CPU on purpose with -p:ReproAllowGpuTiersOnCpu=true ({ReproSettings.AllowGpuTiersOnCpuVariable}=1; hours on a few cores).");
        }

        return new ClaimPlan(claim, name, spec, null);
    }
}
