using MathNet.Numerics.Statistics;
using Memorization.Claims.Measurements;
using Memorization.Claims.Running;

namespace Memorization.Claims.Sweep;

/// <summary>
/// Builds <see cref="SeedSweep"/>s from claim results: one per claim, tier and device, over every seed found. Used on
/// the results of one <c>repro run --seeds</c> (the console) and on the stored results (the report), so the report
/// can be regenerated from <c>artifacts/results/</c> alone.
/// </summary>
public static class SeedSweepAggregation
{
    /// <summary>
    /// The sweeps of <paramref name="results"/>, grouped by claim, tier and device in order of first appearance. When
    /// two results share a seed, the first is kept.
    /// </summary>
    public static IReadOnlyList<SeedSweep> From(IEnumerable<ClaimResult> results) =>
        results.GroupBy(r => (r.ClaimId, r.Tier, r.Device))
            .Select(g => Sweep(g.DistinctBy(r => r.Seed).OrderBy(r => r.Seed).ToArray()))
            .ToArray();

    /// <summary>
    /// The sweeps of the stored results: every claim, tier and device with a result at a seed other than the claim's
    /// own, over all its seeds (the claim's own included), ordered by claim, tier and device.
    /// </summary>
    public static IReadOnlyList<SeedSweep> Of(SuiteResult suite)
    {
        var swept = suite.OtherSeedRuns.Select(r => (r.ClaimId, r.Tier, r.Device)).ToHashSet();
        return From(suite.Claims.Concat(suite.OtherSeedRuns).Where(r => swept.Contains((r.ClaimId, r.Tier, r.Device))))
            .OrderBy(s => s.ClaimId, StringComparer.Ordinal).ThenBy(s => s.Tier, StringComparer.Ordinal).ThenBy(s => s.Device, StringComparer.Ordinal)
            .ToArray();
    }

    private static SeedSweep Sweep(IReadOnlyList<ClaimResult> runs)
    {
        ClaimResult first = runs[0];
        ClaimResult[] ran = runs.Where(r => r.Verdict != Verdict.Skipped).ToArray();
        return new SeedSweep(
            first.ClaimId,
            first.Title,
            first.Tier,
            first.Device,
            runs.Select(r => r.Seed).ToArray(),
            ran.Count(r => r.Verdict == Verdict.Pass),
            ran.Length,
            ran.Where(r => r.Verdict is Verdict.Fail or Verdict.Error).Select(r => r.Seed).ToArray(),
            ran.Length == 0 ? first.Message : null,
            Metrics(ran),
            Assertions(ran));
    }

    private static MetricSweep[] Metrics(IReadOnlyList<ClaimResult> runs) =>
        runs.SelectMany(r => r.Metrics.Select(m => m.Name)).Distinct(StringComparer.Ordinal)
            .Select(name => (name, values: runs.Select(r => r.Find(name)).OfType<MetricValue>().Select(m => m.Value).ToArray()))
            .Where(m => m.values.Length > 0)
            .Select(m => new MetricSweep(m.name, m.values.Length, m.values.Mean(), m.values.Length > 1 ? m.values.StandardDeviation() : null,
                m.values.Min(), m.values.Max()))
            .ToArray();

    private static AssertionSweep[] Assertions(IReadOnlyList<ClaimResult> runs) =>
        runs.SelectMany(r => r.Assertions.Select(a => (a.Metric, a.Comparator, a.Threshold, a.Confidence, a.BoundKind))).Distinct()
            .Select(key =>
            {
                AssertionPoint[] points = runs
                    .SelectMany(r => r.Assertions
                        .Where(a => (a.Metric, a.Comparator, a.Threshold, a.Confidence, a.BoundKind) == key)
                        .Take(1)
                        .Select(a => new AssertionPoint(r.Seed, ValueAt(r, a), a.Bound, a.ThresholdValue, a.Passed)))
                    .ToArray();
                double[] bounds = points.Select(p => p.Bound).OfType<double>().ToArray();
                double[] thresholds = points.Select(p => p.Threshold).OfType<double>().ToArray();
                return new AssertionSweep(key.Metric, key.Comparator, key.Threshold, key.Confidence, key.BoundKind, points.Count(p => p.Passed),
                    Min(bounds), Max(bounds), Min(thresholds), Max(thresholds), points);
            })
            .ToArray();

    private static double? ValueAt(ClaimResult result, AssertionOutcome assertion) =>
        result.Metrics.FirstOrDefault(m => m.Name == assertion.Metric && m.ServesConfidence(assertion.Confidence))?.Value;

    private static double? Min(double[] values) => values.Length == 0 ? null : values.Min();

    private static double? Max(double[] values) => values.Length == 0 ? null : values.Max();
}
