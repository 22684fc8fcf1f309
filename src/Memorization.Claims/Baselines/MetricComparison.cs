namespace Memorization.Claims.Baselines;

/// <summary>One metric against its baseline: |Measured − Baseline| ≤ Allowed.</summary>
public sealed record MetricComparison(string Metric, double Measured, double Baseline, double Allowed, string Tolerance, bool Within)
{
    /// <summary>Whether the baseline came from another device, so <see cref="Tolerance"/> is the metric's cross-device one.</summary>
    public bool CrossDevice { get; init; }
}
