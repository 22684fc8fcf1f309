namespace Memorization.Claims.Sweep;

/// <summary>
/// One assertion over the seeds of a sweep: the range of the confidence bound it compares (lower for <c>&gt;</c>/
/// <c>&gt;=</c>, upper for <c>&lt;</c>/<c>&lt;=</c>, as in <see cref="Running.AssertionEvaluator"/>) and of the
/// threshold (a constant, or another metric's opposite bound that moves with the seed).
/// </summary>
/// <param name="Metric">The metric asserted on.</param>
/// <param name="Comparator"><c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c> or <c>&lt;=</c>.</param>
/// <param name="Threshold">The threshold as written.</param>
/// <param name="Confidence">The confidence level of the bound.</param>
/// <param name="BoundKind"><c>lower</c> or <c>upper</c>.</param>
/// <param name="Held">At how many seeds it held.</param>
/// <param name="BoundMin">The smallest bound over the seeds that measured it (null when none did).</param>
/// <param name="BoundMax">The largest.</param>
/// <param name="ThresholdMin">The smallest threshold compared against.</param>
/// <param name="ThresholdMax">The largest.</param>
/// <param name="Points">One point per seed, ascending by seed.</param>
public sealed record AssertionSweep(
    string Metric,
    string Comparator,
    string Threshold,
    double Confidence,
    string BoundKind,
    int Held,
    double? BoundMin,
    double? BoundMax,
    double? ThresholdMin,
    double? ThresholdMax,
    IReadOnlyList<AssertionPoint> Points)
{
    /// <summary>At how many seeds it was evaluated.</summary>
    public int Count => Points.Count;

    /// <summary>The assertion as written, e.g. <c>recovery &gt; 0.65</c>.</summary>
    public string Text => $"{Metric} {Comparator} {Threshold}";
}
