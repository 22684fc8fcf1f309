namespace Memorization.Claims.Measurements;

/// <summary>What a measurement returns: metric values with intervals, optional curves, and notes for the report.</summary>
/// <param name="Metrics">Each declared metric at each confidence level the claim requires (or exact).</param>
/// <param name="Curves">Series for figures; empty when the claim has none.</param>
/// <param name="Notes">Remarks for the report, e.g. the interval method used.</param>
public sealed record ClaimMeasurementResult(IReadOnlyList<MetricValue> Metrics, IReadOnlyList<CurveSeries> Curves, IReadOnlyList<string> Notes)
{
    /// <summary>
    /// The wall time of the shared experiment run(s) the claim read (<see cref="RunCache{T}"/>), whether this claim or an
    /// earlier one computed them; null for a claim that runs on its own. A claim served from the cache takes almost no time
    /// itself, so the report shows this instead.
    /// </summary>
    public double? SharedRunSeconds { get; init; }

    /// <summary>The value of <paramref name="metric"/> valid at <paramref name="confidence"/>, or null.</summary>
    public MetricValue? Find(string metric, double confidence) =>
        Metrics.FirstOrDefault(m => m.Name == metric && m.ServesConfidence(confidence));
}
