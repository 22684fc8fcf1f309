namespace Memorization.Claims.Baselines;

/// <summary>The outcome of comparing a run with <see cref="File"/> (relative to the repository root).</summary>
/// <param name="Status">What happened.</param>
/// <param name="File">The baseline file, e.g. <c>baselines/SING/smoke.cpu.json</c>.</param>
/// <param name="Message">One paragraph for people, with the fix when there is a problem.</param>
/// <param name="Metrics">Per-metric comparisons (empty unless compared).</param>
public sealed record BaselineComparison(BaselineStatus Status, string File, string Message, IReadOnlyList<MetricComparison> Metrics)
{
    /// <summary>Whether <see cref="File"/> was recorded on another device than the run's (no baseline of its own
    /// device exists), so the metrics were compared under their cross-device tolerances.</summary>
    public bool CrossDevice { get; init; }

    /// <summary>Whether the comparison lets the claim pass.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsAcceptable => Status is BaselineStatus.Matched or BaselineStatus.Updated or BaselineStatus.NotCompared;
}
