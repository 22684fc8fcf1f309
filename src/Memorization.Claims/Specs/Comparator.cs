namespace Memorization.Claims.Specs;

/// <summary>
/// The comparison of an assertion. <c>&gt;</c> and <c>&gt;=</c> are checked on the lower confidence bound of
/// the metric, <c>&lt;</c> and <c>&lt;=</c> on its upper bound, so a pass holds at the stated confidence.
/// </summary>
public enum Comparator
{
    /// <summary><c>&gt;</c>: lower bound &gt; threshold.</summary>
    Greater,

    /// <summary><c>&gt;=</c>: lower bound ≥ threshold.</summary>
    GreaterOrEqual,

    /// <summary><c>&lt;</c>: upper bound &lt; threshold.</summary>
    Less,

    /// <summary><c>&lt;=</c>: upper bound ≤ threshold.</summary>
    LessOrEqual,
}
