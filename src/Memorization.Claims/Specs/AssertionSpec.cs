namespace Memorization.Claims.Specs;

/// <summary>
/// One assertion of a claim, as data: <c>metric comparator threshold</c> at a confidence level.
/// The threshold is a number or the name of another metric of the same claim.
/// </summary>
/// <remarks>
/// With a number t: <c>&gt;</c>/<c>&gt;=</c> require the metric's lower bound L ⋈ t, <c>&lt;</c>/<c>&lt;=</c> its upper bound U ⋈ t.
/// With a metric m: the opposite bound of m is used (L ⋈ U_m, or U ⋈ L_m), so both intervals must separate.
/// Each assertion may fail by chance with probability at most 1 − confidence (claims/README.md, false-alarm budget).
/// </remarks>
public sealed record AssertionSpec(
    string Metric,
    Comparator Comparator,
    double? ThresholdValue,
    string? ThresholdMetric,
    double Confidence,
    SourceLocation Location)
{
    /// <summary>The threshold as written: the number or the metric's name.</summary>
    public string ThresholdText => ThresholdMetric ?? ThresholdValue!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => $"{Metric} {Comparator.Symbol()} {ThresholdText} (confidence {Confidence})";
}
