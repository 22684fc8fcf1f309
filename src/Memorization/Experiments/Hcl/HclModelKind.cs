namespace Memorization.Experiments.Hcl;

/// <summary>The two trained models of the published experiment (docs/experiments.md#published-hcl-experiment).</summary>
public enum HclModelKind
{
    /// <summary>Linear(d→N) + log-softmax, singletons duplicated, 50 Nesterov SGD steps; attacked with the sign attack.</summary>
    LogisticRegression,

    /// <summary>Linear(d→H) → sigmoid → Linear(H→N) + log-softmax, 2000 Nesterov SGD steps; attacked with coordinate ascent.</summary>
    Mlp,
}
