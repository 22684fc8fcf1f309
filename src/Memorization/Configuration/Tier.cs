namespace Memorization.Configuration;

/// <summary>A frozen parameter preset of every claim (<c>ReproTier</c>).</summary>
public enum Tier
{
    /// <summary>Scaled-down parameters that keep each claim's direction; the whole suite runs in minutes on 2 CPU cores.</summary>
    Smoke,

    /// <summary>The published parameters (docs/tasks.md#hcl, docs/experiments.md#published-hcl-experiment).</summary>
    Paper,

    /// <summary>Instances small enough to enumerate every training set (exact information, claim EXACT).</summary>
    Tiny,
}
