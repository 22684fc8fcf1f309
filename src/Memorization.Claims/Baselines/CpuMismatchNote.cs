using Memorization.Claims.Running;
using Memorization.Devices;

namespace Memorization.Claims.Baselines;

/// <summary>
/// Analyser: the note a baseline comparison carries when the baseline was recorded on another CPU, ATen
/// dispatch or thread count (or before provenance recorded the CPU). Training is chaotic, so such a baseline
/// is like one of another seed: its values can only agree within tolerance, never bit for bit, and a
/// reviewer who sees a drift should know that first.
/// </summary>
public static class CpuMismatchNote
{
    /// <summary>What the note ends with: how to read the comparison.</summary>
    public const string Consequence = "another CPU/dispatch acts like another seed, compare within tolerance only";

    /// <summary>
    /// The note for a run on <paramref name="current"/> compared with a baseline of <paramref name="baseline"/>
    /// provenance, or null when both identities dispatch alike (or this run's is unknown: nothing to compare).
    /// </summary>
    public static string? For(Provenance baseline, CpuIdentity? current)
    {
        if (current is null)
        {
            return null;
        }

        if (baseline.Cpu is null)
        {
            return $"the baseline has no CPU identity recorded (only {baseline.Device}); this run on {current.Description}: {Consequence}.";
        }

        return baseline.Cpu.DispatchesLike(current)
            ? null
            : $"baseline recorded on {baseline.Cpu.Description}; this run on {current.Description}: {Consequence}.";
    }
}
