namespace Memorization.Information;

/// <summary>How a <see cref="MeanInterval"/> was computed from per-example fractions.</summary>
public enum IntervalMethod
{
    /// <summary>Student-t: x̄ ± t_{1−α/2, m−1}·s/√m (approximate; the fractions are i.i.d. across examples).</summary>
    StudentT,

    /// <summary>Hoeffding for values in [0, 1]: x̄ ± √(ln(2/α)/(2m)) (exact level, conservative).</summary>
    Hoeffding,
}
