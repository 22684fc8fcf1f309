using Memorization.Claims.Baselines;
using Memorization.Claims.Measurements;

namespace Memorization.Claims.Running;

/// <summary>
/// Everything one claim run produced, immutable: what was claimed, measured, asserted and compared, and
/// where. Written to <c>artifacts/results/&lt;ID&gt;.&lt;tier&gt;.&lt;device&gt;.json</c>; the report reads these.
/// </summary>
public sealed record ClaimResult(
    string ClaimId,
    string Title,
    string Statement,
    string Source,
    string Task,
    string Tier,
    string Device,
    ulong Seed,
    double ReportConfidence,
    Verdict Verdict,
    string Message,
    IReadOnlyList<MetricValue> Metrics,
    IReadOnlyList<CurveSeries> Curves,
    IReadOnlyList<string> Notes,
    IReadOnlyList<AssertionOutcome> Assertions,
    BaselineComparison Baseline,
    Provenance? Provenance,
    string Digest)
{
    /// <summary>
    /// The wall time of the shared experiment run(s) this claim read (several claims share one training run through an
    /// experiment cache); null for a claim that ran on its own. Left out of the JSON when null.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public double? SharedRunSeconds { get; init; }

    /// <summary>The metric <paramref name="name"/> at the report's confidence level (or exact), or null.</summary>
    public MetricValue? Find(string name) =>
        Metrics.FirstOrDefault(m => m.Name == name && m.ServesConfidence(ReportConfidence));
}
