using System.Security.Cryptography;
using System.Text.Json;
using Memorization.Claims.Measurements;

namespace Memorization.Claims.Running;

/// <summary>
/// A short fingerprint of a run's numbers: the first 16 hex digits of SHA-256 over the canonical JSON of its
/// metrics and curves. Same seed, build and thread count on a CPU ⇒ same digest; reviewers compare two runs at a glance.
/// </summary>
public static class ResultDigest
{
    /// <summary>The digest of <paramref name="metrics"/> and <paramref name="curves"/>.</summary>
    public static string Of(IReadOnlyList<MetricValue> metrics, IReadOnlyList<CurveSeries> curves) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { metrics, curves }, ClaimJson.Canonical)))[..16];
}
