namespace Memorization.Claims.Measurements;

/// <summary>What a measurement returns: metric values with intervals, optional curves, and notes for the report.</summary>
/// <param name="Metrics">Each declared metric at each confidence level the claim requires (or exact).</param>
/// <param name="Curves">Series for figures; empty when the claim has none.</param>
/// <param name="Notes">Remarks for the report, e.g. the interval method used.</param>
public sealed record ClaimMeasurementResult(IReadOnlyList<MetricValue> Metrics, IReadOnlyList<CurveSeries> Curves, IReadOnlyList<string> Notes)
{
    /// <summary>The value of <paramref name="metric"/> valid at <paramref name="confidence"/>, or null.</summary>
    public MetricValue? Find(string metric, double confidence) =>
        Metrics.FirstOrDefault(m => m.Name == metric && m.ServesConfidence(confidence));
}
