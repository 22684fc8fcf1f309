namespace Memorization.Claims.Specs;

/// <summary>Which task of PAPER.md §2 a claim is about (the <c>Task</c> trait of its test).</summary>
public enum ClaimTask
{
    /// <summary>Hypercube cluster labeling (PAPER.md §2.1).</summary>
    Hcl,

    /// <summary>Next-symbol prediction (PAPER.md §2.2).</summary>
    Nsp,

    /// <summary>A statement about the data model shared by both tasks (e.g. SING).</summary>
    Both,
}
