using Memorization.Claims.Measurements;
using Memorization.Claims.Running;

namespace Memorization.Claims.Baselines;

/// <summary>
/// <c>baselines/&lt;ID&gt;/&lt;tier&gt;.&lt;device&gt;.json</c>: the measured reference values of one claim with
/// provenance, sealed by <see cref="Sha256"/> = SHA-256 of the canonical (compact JSON) form of
/// <see cref="Unsealed"/>, i.e. of every field but the hash itself.
/// </summary>
public sealed record BaselineDocument(
    int Schema,
    string Claim,
    string Tier,
    string Device,
    ulong Seed,
    IReadOnlyList<MetricValue> Metrics,
    Provenance Provenance,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Sha256)
{
    /// <summary>The current format version.</summary>
    public const int CurrentSchema = 1;

    /// <summary>The document without its hash (null, so not written): what the hash covers.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public BaselineDocument Unsealed => this with { Sha256 = null };
}
