namespace Memorization.Tasks;

/// <summary>The three query sets of docs/tasks.md#query-sets (used for both tasks).</summary>
public enum QuerySplit
{
    /// <summary>Subpopulation drawn from w: fresh i.i.d. examples of P.</summary>
    Fresh,

    /// <summary>Subpopulation drawn from w restricted to those with m_j ≥ 1.</summary>
    Represented,

    /// <summary>Subpopulation drawn from w restricted to those with m_j = 1.</summary>
    Singletons,
}
