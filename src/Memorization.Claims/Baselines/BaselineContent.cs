using Memorization.Claims.Measurements;
using Memorization.Claims.Running;

namespace Memorization.Claims.Baselines;

/// <summary>The hashed content of a <see cref="BaselineDocument"/>.</summary>
public sealed record BaselineContent(
    int Schema,
    string Claim,
    string Tier,
    string Device,
    ulong Seed,
    IReadOnlyList<MetricValue> Metrics,
    Provenance Provenance);
