namespace Memorization.Experiments.Nsp;

/// <summary>Whose strings an attack is run on (docs/tasks.md#singletons, docs/attacks.md#controls).</summary>
public enum NspTargetGroup
{
    /// <summary>Training strings of singleton subpopulations (m_j = 1): the model can only predict them by memorizing them.</summary>
    Singletons,

    /// <summary>Control: fresh strings of the singletons' subpopulations, never seen in training.</summary>
    FreshControls,

    /// <summary>Control: training strings of subpopulations seen at least twice.</summary>
    Repeated,
}
