namespace Memorization.Experiments.Hcl;

/// <summary>One metric against gradient updates (a line of a figure); bounds are null for metrics without an interval.</summary>
/// <param name="Metric">The metric's name, e.g. <c>recovery/targets/all</c>.</param>
/// <param name="Steps">The checkpoints' step numbers.</param>
/// <param name="Values">The metric at each step.</param>
/// <param name="Lower">Lower confidence bounds, or null.</param>
/// <param name="Upper">Upper confidence bounds, or null.</param>
public sealed record HclSeries(string Metric, IReadOnlyList<int> Steps, IReadOnlyList<double> Values, IReadOnlyList<double>? Lower, IReadOnlyList<double>? Upper);
