namespace Memorization.Claims.Specs;

/// <summary>Which task of docs/tasks.md a claim is about (the <c>Task</c> trait of its test).</summary>
public enum ClaimTask
{
    /// <summary>Hypercube cluster labeling (docs/tasks.md#hcl).</summary>
    Hcl,

    /// <summary>Next-symbol prediction (docs/tasks.md#nsp).</summary>
    Nsp,

    /// <summary>A statement about the data model shared by both tasks (e.g. SING).</summary>
    Both,
}
