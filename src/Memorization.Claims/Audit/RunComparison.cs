using System.Globalization;
using Memorization.Claims.Measurements;
using Memorization.Claims.Running;
using Memorization.Claims.Specs;

namespace Memorization.Claims.Audit;

/// <summary>
/// Compares two runs of one claim, as <c>repro audit</c> does: bit for bit first (the digest, then every metric's value,
/// interval and sample size in order, then every curve point), naming the first difference with both values written in
/// full (round-trip precision); and, for runs that are not expected to agree in every bit (another thread count or
/// instruction set), against the claim's baseline tolerances.
/// </summary>
/// <param name="Agreement">How the runs agree.</param>
/// <param name="Detail">The first difference with both values, or what was compared.</param>
/// <param name="DifferingMetrics">How many metric entries differ in any bit.</param>
public sealed record RunComparison(RunAgreement Agreement, string Detail, int DifferingMetrics)
{
    /// <summary>Compares <paramref name="other"/> with <paramref name="reference"/>, both runs of <paramref name="claim"/>.</summary>
    public static RunComparison Compare(ClaimSpec claim, ClaimResult reference, ClaimResult other)
    {
        if (reference.Verdict != other.Verdict)
        {
            return new(RunAgreement.Different, $"verdict {reference.Verdict.ToString().ToUpperInvariant()} vs {other.Verdict.ToString().ToUpperInvariant()}", 0);
        }

        List<string> differences = [];
        int count = Math.Max(reference.Metrics.Count, other.Metrics.Count);
        for (int i = 0; i < count; i++)
        {
            MetricValue? a = i < reference.Metrics.Count ? reference.Metrics[i] : null;
            MetricValue? b = i < other.Metrics.Count ? other.Metrics[i] : null;
            if (MetricDifference(a, b) is { } difference)
            {
                differences.Add(difference);
            }
        }

        if (differences.Count == 0)
        {
            string? curve = CurveDifference(reference.Curves, other.Curves);
            if (curve is null && reference.Digest == other.Digest)
            {
                return new(RunAgreement.Identical, $"digest {reference.Digest}, {reference.Metrics.Count} metric value(s) and {reference.Curves.Sum(c => c.Points.Count)} curve point(s) equal bit for bit", 0);
            }

            return new(RunAgreement.Different, curve ?? $"digests {reference.Digest} vs {other.Digest} with equal metrics and curves", 0);
        }

        string first = $"first of {differences.Count} differing metric value(s): {differences[0]}";
        return WithinTolerances(claim, reference, other) is { } outside
            ? new(RunAgreement.Different, $"{first}; outside tolerance: {outside}", differences.Count)
            : new(RunAgreement.WithinTolerance, $"{first}; every metric with a baseline tolerance is within it", differences.Count);
    }

    /// <summary>
    /// The first figure that the two runs' reports drew differently (file name → SHA-256), or null when they drew the same
    /// files byte for byte: the same numbers must give the same PNG on one machine.
    /// </summary>
    public static string? FigureDifference(IReadOnlyDictionary<string, string> reference, IReadOnlyDictionary<string, string> other)
    {
        foreach (string name in reference.Keys.Union(other.Keys).Order(StringComparer.Ordinal))
        {
            string? a = reference.GetValueOrDefault(name);
            string? b = other.GetValueOrDefault(name);
            if (a != b)
            {
                return a is null || b is null
                    ? $"figure {name} was drawn by only {(a is null ? "the second" : "the first")} run"
                    : $"figure {name}: SHA-256 {a[..16]}… vs {b[..16]}…";
            }
        }

        return null;
    }

    // Null when every metric with a tolerance is within it at the report confidence; else the first that is not.
    private static string? WithinTolerances(ClaimSpec claim, ClaimResult reference, ClaimResult other)
    {
        foreach (MetricSpec metric in claim.Metrics.Where(m => m.Tolerance is not null))
        {
            MetricValue? a = reference.Find(metric.Name);
            MetricValue? b = other.Find(metric.Name);
            if (a is null || b is null)
            {
                return $"{metric.Name} is missing from {(a is null ? "the reference" : "the other run")}";
            }

            Tolerance tolerance = metric.Tolerance!.For(crossDevice: reference.Device != other.Device);
            if (!tolerance.Accepts(b.Value, a.Value))
            {
                return $"{metric.Name} {R(a.Value)} vs {R(b.Value)}, |Δ| = {R(Math.Abs(a.Value - b.Value))} > {tolerance} = {R(tolerance.Allowed(a.Value))}";
            }
        }

        return null;
    }

    private static string? MetricDifference(MetricValue? a, MetricValue? b)
    {
        if (a is null || b is null)
        {
            MetricValue only = (a ?? b)!;
            return $"{only.Name} at {R(only.Confidence)} is reported by only {(a is null ? "the second" : "the first")} run";
        }

        if (a.Name != b.Name || !Same(a.Confidence, b.Confidence))
        {
            return $"the metrics are reported in another order ({a.Name} at {R(a.Confidence)} vs {b.Name} at {R(b.Confidence)})";
        }

        string where = a.Confidence >= 1.0 ? a.Name : $"{a.Name} at {R(a.Confidence)}";
        return !Same(a.Value, b.Value) ? $"{where}: value {R(a.Value)} vs {R(b.Value)}"
            : !Same(a.Lower, b.Lower) ? $"{where}: lower bound {R(a.Lower)} vs {R(b.Lower)}"
            : !Same(a.Upper, b.Upper) ? $"{where}: upper bound {R(a.Upper)} vs {R(b.Upper)}"
            : a.SampleSize != b.SampleSize ? $"{where}: sample size {a.SampleSize} vs {b.SampleSize}"
            : null;
    }

    private static string? CurveDifference(IReadOnlyList<CurveSeries> a, IReadOnlyList<CurveSeries> b)
    {
        if (a.Count != b.Count)
        {
            return $"{a.Count} vs {b.Count} curves";
        }

        for (int s = 0; s < a.Count; s++)
        {
            if (a[s].Points.Count != b[s].Points.Count)
            {
                return $"curve {a[s].Figure}/{a[s].Name}: {a[s].Points.Count} vs {b[s].Points.Count} points";
            }

            for (int p = 0; p < a[s].Points.Count; p++)
            {
                (CurvePoint x, CurvePoint y) = (a[s].Points[p], b[s].Points[p]);
                if (!Same(x.X, y.X) || !Same(x.Y, y.Y) || !Same(x.Lower, y.Lower) || !Same(x.Upper, y.Upper))
                {
                    return $"curve {a[s].Figure}/{a[s].Name}, point {p} (x = {R(x.X)}): y {R(x.Y)} vs {R(y.Y)}";
                }
            }
        }

        return null;
    }

    private static bool Same(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
