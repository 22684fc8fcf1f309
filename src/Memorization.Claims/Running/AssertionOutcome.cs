namespace Memorization.Claims.Running;

/// <summary>How one assertion fared.</summary>
/// <param name="Metric">The metric asserted on.</param>
/// <param name="Comparator"><c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c> or <c>&lt;=</c>.</param>
/// <param name="Threshold">The threshold as written (a number or a metric name).</param>
/// <param name="Confidence">The confidence level of the bound used.</param>
/// <param name="BoundKind"><c>lower</c> or <c>upper</c>: which confidence bound of the metric was compared.</param>
/// <param name="Bound">That bound's value (null when the metric was not reported).</param>
/// <param name="ThresholdValue">The number compared against (a metric threshold's opposite bound).</param>
/// <param name="Passed">Whether the assertion holds.</param>
/// <param name="Message">One sentence explaining the outcome.</param>
public sealed record AssertionOutcome(
    string Metric,
    string Comparator,
    string Threshold,
    double Confidence,
    string BoundKind,
    double? Bound,
    double? ThresholdValue,
    bool Passed,
    string Message);
