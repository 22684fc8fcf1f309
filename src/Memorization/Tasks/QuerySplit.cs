namespace Memorization.Tasks;

/// <summary>The three query sets of PAPER.md §5 (used for both tasks).</summary>
public enum QuerySplit
{
    /// <summary>Subpopulation drawn from w: fresh i.i.d. examples of P.</summary>
    Fresh,

    /// <summary>Subpopulation drawn from w restricted to those with m_j ≥ 1.</summary>
    Represented,

    /// <summary>Subpopulation drawn from w restricted to those with m_j = 1.</summary>
    Singletons,
}
