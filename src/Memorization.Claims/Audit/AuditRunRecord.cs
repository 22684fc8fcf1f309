using Memorization.Claims.Running;

namespace Memorization.Claims.Audit;

/// <summary>
/// What one audit run (<c>repro audit</c>'s child process) reports back: the claim's result and the evidence that it
/// was computed in that process, not served from memory.
/// </summary>
/// <param name="Result">The claim's result.</param>
/// <param name="ProcessId">The process that computed it: every audit run is a process of its own, so no in-process cache survives between runs.</param>
/// <param name="SharedExperimentsComputed">How many shared experiments (trained models, <c>RunCache</c>) the process computed: ≥ 1 for every claim that trains.</param>
/// <param name="Threads">The LibTorch thread count asked for (<c>--threads</c>), or null for the default.</param>
/// <param name="CpuCapability">The <c>ATEN_CPU_CAPABILITY</c> the process ran under, or null when unset.</param>
/// <param name="Figures">The figures the run's report drew (file name → SHA-256 of the PNG), empty when it drew none.</param>
public sealed record AuditRunRecord(ClaimResult Result, int ProcessId, long SharedExperimentsComputed, int? Threads, string? CpuCapability,
    IReadOnlyDictionary<string, string>? Figures = null);
