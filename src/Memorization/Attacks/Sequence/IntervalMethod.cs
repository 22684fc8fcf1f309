namespace Memorization.Attacks.Sequence;

/// <summary>How a <see cref="MeanInterval"/> was computed.</summary>
public enum IntervalMethod
{
    /// <summary>Hoeffding: mean ± √(ln(2/α) / (2m)) for m values in [0, 1]; distribution-free, conservative.</summary>
    Hoeffding,

    /// <summary>Student t: mean ± t_{1−α/2, m−1} · s/√m; exact for normal values, approximate otherwise.</summary>
    StudentT,
}
