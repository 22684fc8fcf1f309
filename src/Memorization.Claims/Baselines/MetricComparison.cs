namespace Memorization.Claims.Baselines;

/// <summary>One metric against its baseline: |Measured − Baseline| ≤ Allowed.</summary>
public sealed record MetricComparison(string Metric, double Measured, double Baseline, double Allowed, string Tolerance, bool Within);
