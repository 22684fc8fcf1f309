namespace Memorization.Claims.Running;

/// <summary>The outcome of one claim run.</summary>
public enum Verdict
{
    /// <summary>Every assertion holds at its confidence bound and no metric regressed against the baseline.</summary>
    Pass,

    /// <summary>An assertion failed, a metric regressed, or the baseline is missing or invalid.</summary>
    Fail,

    /// <summary>Not run here (a GPU-only tier on a CPU, or a tier the claim does not define); the reason is recorded.</summary>
    Skipped,

    /// <summary>The measurement could not run (bad parameter, device unavailable, exception); the message says why.</summary>
    Error,
}
