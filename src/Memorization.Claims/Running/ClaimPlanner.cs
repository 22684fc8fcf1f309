using Memorization.Claims.Specs;
using Memorization.Configuration;
using Memorization.Devices;

namespace Memorization.Claims.Running;

/// <summary>
/// Decides whether a claim runs at a tier on this machine. A tier marked <c>gpu: true</c> is skipped on a
/// CPU, with the reason shown, unless <c>ReproDevice=cuda</c> was demanded: then it runs, and fails with
/// the <see cref="DeviceUnavailableException"/> message where there is no GPU.
/// </summary>
public static class ClaimPlanner
{
    /// <summary>The plan for <paramref name="claim"/>; <paramref name="cudaAvailable"/> is only asked for GPU-only tiers under <c>auto</c>.</summary>
    public static ClaimPlan Plan(ClaimSpec claim, Tier tier, DeviceOption device, Func<bool> cudaAvailable)
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

        if (spec.RequiresGpu && (device == DeviceOption.Cpu || (device == DeviceOption.Auto && !cudaAvailable())))
        {
            return new ClaimPlan(claim, name, spec,
                $"tier {name} of claim {claim.Id} needs a GPU (tiers.{name}.gpu: true) and this run uses the CPU (ReproDevice={device.ToString().ToLowerInvariant()}). " +
                "Run it on a GPU runner with -p:TorchBackend=cuda -p:ReproDevice=cuda, or choose -p:ReproTier=smoke.");
        }

        return new ClaimPlan(claim, name, spec, null);
    }
}
