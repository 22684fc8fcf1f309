namespace Memorization.Claims.Measurements;

/// <summary>
/// One measured metric with its confidence interval [Lower, Upper] at level <see cref="Confidence"/>:
/// Pr[truth ∉ [Lower, Upper]] ≤ 1 − Confidence under the measurement's stated method.
/// </summary>
/// <param name="Name">The metric's name in the claim file.</param>
/// <param name="Value">The point estimate.</param>
/// <param name="Lower">Lower confidence bound.</param>
/// <param name="Upper">Upper confidence bound.</param>
/// <param name="Confidence">The interval's level; 1 for an exact (computed, not sampled) value.</param>
/// <param name="SampleSize">How many i.i.d. samples the interval rests on (0 for an exact value).</param>
public sealed record MetricValue(string Name, double Value, double Lower, double Upper, double Confidence, long SampleSize)
{
    /// <summary>A computed value with no sampling error: its interval is the point, valid at every level.</summary>
    public static MetricValue Exact(string name, double value) => new(name, value, value, value, 1.0, 0);

    /// <summary>Whether this value may stand for the metric at <paramref name="confidence"/>.</summary>
    public bool ServesConfidence(double confidence) => Confidence >= 1.0 || Math.Abs(Confidence - confidence) < 1e-12;

    /// <summary>The half-width of the interval, for reports.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double HalfWidth => (Upper - Lower) / 2.0;
}
