namespace Memorization.Claims.Baselines;

/// <summary>What <see cref="BaselineVerifier"/> found about one baseline file or claim.</summary>
public enum BaselineFindingKind
{
    /// <summary>The file is sealed, well-formed and belongs to its claim, tier and device.</summary>
    Ok,

    /// <summary>Not a problem, said so the reader knows (a claim without the tier, a GPU-only tier on a CPU, another seed).</summary>
    Note,

    /// <summary>Problem: malformed, tampered, misnamed, not a regular file, or recorded for another claim/tier/device.</summary>
    Invalid,

    /// <summary>Problem: a run at the tier and device would find no baseline on either device and fail.</summary>
    Missing,

    /// <summary>Problem: recorded at another seed than the claim's own, so runs at the claim's seed are never compared with it.</summary>
    Stale,

    /// <summary>Problem: a file for a tier the claim does not run (no run ever reads it).</summary>
    Unused,

    /// <summary>Problem: a temporary file left by an interrupted write.</summary>
    Debris,

    /// <summary>Problem: a folder under <c>baselines/</c> for which there is no claim.</summary>
    Orphan,
}
