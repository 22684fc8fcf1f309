namespace Memorization.Claims.Baselines;

/// <summary>How a run compared with its stored baseline.</summary>
public enum BaselineStatus
{
    /// <summary>Every toleranced metric is within tolerance of the baseline.</summary>
    Matched,

    /// <summary>A metric moved beyond its tolerance.</summary>
    Regressed,

    /// <summary>No baseline file for this claim, tier and device.</summary>
    Missing,

    /// <summary>The baseline file is malformed, or its content hash does not match (edited or damaged).</summary>
    Invalid,

    /// <summary>The baseline was (re)written from this run (<c>UpdateBaselines=true</c>).</summary>
    Updated,

    /// <summary>No comparison was made (the run failed before, or used another seed); the message says why.</summary>
    NotCompared,
}
