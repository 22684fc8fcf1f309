using System.Globalization;
using Memorization.Claims.Measurements;
using Memorization.Claims.Specs;

namespace Memorization.Claims.Running;

/// <summary>
/// Checks a claim's assertions on the confidence bounds of a measurement: for <c>&gt;</c>/<c>&gt;=</c> the
/// metric's lower bound, for <c>&lt;</c>/<c>&lt;=</c> its upper bound; against a metric threshold, that
/// metric's opposite bound. A pass therefore holds with probability ≥ the assertion's confidence.
/// </summary>
public static class AssertionEvaluator
{
    /// <summary>The outcome of every assertion of <paramref name="claim"/> on <paramref name="result"/>.</summary>
    public static IReadOnlyList<AssertionOutcome> Evaluate(ClaimSpec claim, ClaimMeasurementResult result) =>
        claim.Assertions.Select(a => Evaluate(a, result)).ToArray();

    /// <summary>The outcome of <paramref name="assertion"/> on <paramref name="result"/>.</summary>
    public static AssertionOutcome Evaluate(AssertionSpec assertion, ClaimMeasurementResult result)
    {
        bool lower = assertion.Comparator.UsesLowerBound();
        string kind = lower ? "lower" : "upper";
        string symbol = assertion.Comparator.Symbol();
        MetricValue? metric = result.Find(assertion.Metric, assertion.Confidence);
        if (metric is null)
        {
            return Fail(null, null, $"the measurement did not report {assertion.Metric} at confidence {F(assertion.Confidence)}.");
        }

        double bound = lower ? metric.Lower : metric.Upper;
        double threshold;
        string against;
        if (assertion.ThresholdMetric is { } other)
        {
            MetricValue? reference = result.Find(other, assertion.Confidence);
            if (reference is null)
            {
                return Fail(bound, null, $"the measurement did not report threshold metric {other} at confidence {F(assertion.Confidence)}.");
            }

            threshold = lower ? reference.Upper : reference.Lower;
            against = $"{other}'s {(lower ? "upper" : "lower")} bound {F(threshold)}";
        }
        else
        {
            threshold = assertion.ThresholdValue!.Value;
            against = F(threshold);
        }

        bool passed = assertion.Comparator.Holds(bound, threshold);
        string message = $"{assertion.Metric} = {F(metric.Value)} [{F(metric.Lower)}, {F(metric.Upper)}] at {F(assertion.Confidence)}: " +
                         $"{kind} bound {F(bound)} {symbol} {against} {(passed ? "holds" : "does NOT hold")}" +
                         (!passed && assertion.Comparator.Holds(metric.Value, threshold)
                             ? " (the point estimate satisfies it, but the interval straddles the threshold: more samples may settle it)."
                             : ".");
        return new AssertionOutcome(assertion.Metric, symbol, assertion.ThresholdText, assertion.Confidence, kind, bound, threshold, passed, message);

        AssertionOutcome Fail(double? b, double? t, string why) =>
            new(assertion.Metric, symbol, assertion.ThresholdText, assertion.Confidence, kind, b, t, false, $"{assertion}: {why}");
    }

    private static string F(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
