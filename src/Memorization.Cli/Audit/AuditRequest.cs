using Memorization.Configuration;
using Memorization.Devices;

namespace Memorization.Cli.Audit;

/// <summary>One run that <c>repro audit</c> asks for: a claim at a tier, device and seed, optionally under another thread count or instruction set.</summary>
/// <param name="Root">The repository root (claims and baselines are read from it; nothing is written to it).</param>
/// <param name="ClaimId">The claim.</param>
/// <param name="Tier">The tier.</param>
/// <param name="Device">The device.</param>
/// <param name="Seed">The seed, or null for the claim's own.</param>
/// <param name="Threads">LibTorch/OpenMP/MKL threads, or null for the default.</param>
/// <param name="CpuCapability">An <c>ATEN_CPU_CAPABILITY</c> value (avx512, avx2, default), or null to leave it as it is.</param>
public sealed record AuditRequest(string Root, string ClaimId, Tier Tier, DeviceOption Device, ulong? Seed, int? Threads = null, string? CpuCapability = null)
{
    /// <summary>How the variant is shown: <c>reference</c> settings, or e.g. <c>threads 1</c>, <c>ATEN_CPU_CAPABILITY=default</c>.</summary>
    public string Variant =>
        Threads is null && CpuCapability is null ? "same settings"
        : string.Join(", ", new[] { Threads is { } t ? $"{t} thread(s)" : null, CpuCapability is { } c ? $"ATEN_CPU_CAPABILITY={c}" : null }.OfType<string>());
}
