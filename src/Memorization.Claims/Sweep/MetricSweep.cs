namespace Memorization.Claims.Sweep;

/// <summary>One metric's point estimates over the seeds of a sweep, at the claim's report confidence.</summary>
/// <param name="Name">The metric.</param>
/// <param name="Count">How many seeds measured it.</param>
/// <param name="Mean">The mean of the point estimates.</param>
/// <param name="StandardDeviation">Their sample standard deviation (n − 1 denominator); null for a single seed.</param>
/// <param name="Min">The smallest.</param>
/// <param name="Max">The largest.</param>
public sealed record MetricSweep(string Name, int Count, double Mean, double? StandardDeviation, double Min, double Max);
