namespace Memorization.Cli.Audit;

/// <summary>
/// Carries out one audit run from scratch. The real one (<see cref="ChildProcessAuditRunner"/>) starts a process per run,
/// so nothing computed by one run (trained models, the experiment caches) can serve another; tests substitute runners
/// that need no process.
/// </summary>
public interface IAuditRunner
{
    /// <summary>Runs <paramref name="request"/> and returns its outcome; never throws for a failing run.</summary>
    AuditRunOutcome Run(AuditRequest request);
}
