using Memorization.Claims.Audit;

namespace Memorization.Cli.Audit;

/// <summary>The outcome of one audit run: its record, or why there is none (the process failed), and how long it took.</summary>
/// <param name="Record">The run's record, or null when it produced none.</param>
/// <param name="Failure">Why there is no record (exit code and the end of the process's output), or null.</param>
/// <param name="WallSeconds">The run's wall time, process start included.</param>
public sealed record AuditRunOutcome(AuditRunRecord? Record, string? Failure, double WallSeconds);
