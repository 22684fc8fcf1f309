using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Memorization.Claims.Files;
using Memorization.Claims.Measurements;
using Memorization.Claims.Running;
using Memorization.Claims.Specs;
using Memorization.Devices;

namespace Memorization.Claims.Baselines;

/// <summary>
/// Reads, verifies, compares and (only when asked) writes <c>baselines/&lt;ID&gt;/&lt;tier&gt;.&lt;device&gt;.json</c>.
/// Writes are atomic (<see cref="AtomicFile"/>), so a baseline is never half-written.
/// </summary>
public sealed class BaselineStore(ReproRepository repository)
{
    /// <summary>The most bytes a baseline file may hold: 1 MiB (the largest holds about 5 KB); larger files are refused unread.</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>The repository whose <c>baselines/</c> this store manages.</summary>
    public ReproRepository Repository { get; } = repository;

    /// <summary>SHA-256 (lower-case hex) of the canonical JSON of <paramref name="document"/> without its hash.</summary>
    public static string Hash(BaselineDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(document.Unsealed, ClaimJson.Canonical)));
    }

    /// <summary>How to (re)create a baseline, for messages.</summary>
    public static string HowToUpdate(string claimId, string tier) =>
        $"dotnet test tests/Memorization.Claims.Tests -p:UpdateBaselines=true -p:ReproTier={tier} --filter Claim={claimId}" +
        $"  (or: repro baseline update --claim {claimId} --tier {tier}); review the new file and commit it";

    /// <summary>The relative path of the baseline file.</summary>
    public string RelativePath(string claimId, string tier, string device) => Repository.Relative(Repository.BaselineFile(claimId, tier, device));

    /// <summary>The stored baseline, or null when there is none.</summary>
    /// <exception cref="BaselineException">The file is not a regular file in the repository, too large, malformed, belongs to another
    /// claim/tier/device, or its hash does not match.</exception>
    public BaselineDocument? TryRead(string claimId, string tier, string device)
    {
        string path = Repository.BaselineFile(claimId, tier, device);
        string relative = Repository.Relative(path);
        if (!File.Exists(path))
        {
            return null;
        }

        GuardedText text = GuardedFile.ReadText(path, relative, Repository.Root, MaxBytes, "baseline");
        if (text.Refusal is { } refusal)
        {
            throw new BaselineException(relative, "(file)", refusal.ToString());
        }

        BaselineDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<BaselineDocument>(text.Text!, ClaimJson.Indented);
        }
        catch (JsonException ex)
        {
            string field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "(document)" : ex.Path;
            throw new BaselineException(relative, field,
                $"{relative} is not a valid baseline: field {field}: {ex.Message.Split(" Path:")[0]} " +
                $"Restore it from git (git checkout -- {relative}) or re-create it: {HowToUpdate(claimId, tier)}.");
        }

        if (document is null)
        {
            throw new BaselineException(relative, "(document)", $"{relative} is empty (null). Re-create it: {HowToUpdate(claimId, tier)}.");
        }

        foreach ((string field, string actual, string expected) in new[]
                 { ("claim", document.Claim, claimId), ("tier", document.Tier, tier), ("device", document.Device, device), ("schema", document.Schema.ToString(CultureInfo.InvariantCulture), BaselineDocument.CurrentSchema.ToString(CultureInfo.InvariantCulture)) })
        {
            if (actual != expected)
            {
                throw new BaselineException(relative, field,
                    $"{relative}: field {field} is '{actual}' but must be '{expected}' for this file. Re-create it: {HowToUpdate(claimId, tier)}.");
            }
        }

        string hash = Hash(document);
        if (!string.Equals(hash, document.Sha256, StringComparison.Ordinal))
        {
            throw new BaselineException(relative, "sha256",
                $"{relative}: field sha256 ({document.Sha256}) does not match the file's content (SHA-256 {hash}): the baseline was edited by hand or damaged. " +
                $"Restore it from git (git checkout -- {relative}) or re-create it from a run: {HowToUpdate(claimId, tier)}.");
        }

        return document;
    }

    /// <summary>Writes the baseline of a run atomically and returns it.</summary>
    public BaselineDocument Write(string claimId, string tier, string device, ulong seed, IReadOnlyList<MetricValue> metrics, Provenance provenance)
    {
        var unsealed = new BaselineDocument(BaselineDocument.CurrentSchema, claimId, tier, device, seed, metrics, provenance, null);
        BaselineDocument document = unsealed with { Sha256 = Hash(unsealed) };
        AtomicFile.WriteAllText(Repository.BaselineFile(claimId, tier, device), JsonSerializer.Serialize(document, ClaimJson.Indented) + "\n");
        return document;
    }

    /// <summary>
    /// Compares <paramref name="measured"/> with the stored baseline, metric by metric, for every metric of
    /// <paramref name="claim"/> that declares a tolerance, at the claim's report confidence. A CPU run whose
    /// <paramref name="cpu"/> identity differs from the baseline's (or a baseline without one) gets the
    /// <see cref="CpuMismatchNote"/> appended to the message.
    /// </summary>
    public BaselineComparison Compare(ClaimSpec claim, string tier, string device, ulong seed, IReadOnlyList<MetricValue> measured, CpuIdentity? cpu = null)
    {
        string relative = RelativePath(claim.Id, tier, device);
        BaselineDocument? baseline;
        try
        {
            baseline = TryRead(claim.Id, tier, device);
        }
        catch (BaselineException ex)
        {
            return new BaselineComparison(BaselineStatus.Invalid, relative, ex.Message, []);
        }

        string note = "";
        bool crossDevice = false;
        if (baseline is null)
        {
            // Analyser: a GPU runner without a cuda baseline is compared with the cpu one (and vice versa), saying so.
            string other = device == "cuda" ? "cpu" : "cuda";
            BaselineDocument? fallback = TryReadOrNull(claim.Id, tier, other);
            if (fallback is null)
            {
                return new BaselineComparison(BaselineStatus.Missing, relative,
                    $"No baseline for claim {claim.Id} at tier {tier} on {device}: {relative} does not exist. Create it from this run with: {HowToUpdate(claim.Id, tier)}.", []);
            }

            crossDevice = true;
            note = $"no {device} baseline ({relative}), so compared with the baseline recorded on another device ({other}) under the cross-device tolerances; " +
                   $"record a {device} baseline with: {HowToUpdate(claim.Id, tier)} on a {device} machine. ";
            baseline = fallback;
            relative = RelativePath(claim.Id, tier, other);
        }

        if (baseline.Seed != seed)
        {
            return new BaselineComparison(BaselineStatus.NotCompared, relative,
                $"{relative} was recorded with seed {baseline.Seed}; this run used seed {seed}, so its values are not compared.", []);
        }

        // Only a cpu run against a cpu baseline: a comparison across devices already says so above.
        string cpuNote = !crossDevice && device == "cpu" && CpuMismatchNote.For(baseline.Provenance, cpu) is { } mismatch ? " Note: " + mismatch : "";
        List<MetricComparison> comparisons = [];
        List<string> problems = [];
        foreach (MetricSpec metric in claim.Metrics.Where(m => m.Tolerance is not null))
        {
            MetricValue? now = measured.FirstOrDefault(m => m.Name == metric.Name && m.ServesConfidence(claim.ReportConfidence));
            MetricValue? then = baseline.Metrics.FirstOrDefault(m => m.Name == metric.Name && m.ServesConfidence(claim.ReportConfidence));
            if (now is null || then is null)
            {
                problems.Add(now is null
                    ? $"{metric.Name} was not measured at confidence {claim.ReportConfidence}"
                    : baseline.Metrics.FirstOrDefault(m => m.Name == metric.Name) is { } other
                        ? $"{metric.Name} is in {relative} at confidence {F(other.Confidence)}, but the claim now reports at {claim.ReportConfidence} (its confidence level changed)"
                        : $"{metric.Name} is not in {relative} (recorded before the metric was added?)");
                continue;
            }

            Tolerance tolerance = metric.Tolerance!.For(crossDevice);
            bool within = tolerance.Accepts(now.Value, then.Value);
            comparisons.Add(new MetricComparison(metric.Name, now.Value, then.Value, tolerance.Allowed(then.Value), tolerance.ToString(), within) { CrossDevice = crossDevice });
            if (!within)
            {
                problems.Add($"{metric.Name}: measured {F(now.Value)} [{F(now.Lower)}, {F(now.Upper)}], baseline {F(then.Value)}, " +
                             $"|Δ| = {F(Math.Abs(now.Value - then.Value))} > tolerance {tolerance} = {F(tolerance.Allowed(then.Value))}");
            }
        }

        if (problems.Count == 0)
        {
            return new BaselineComparison(BaselineStatus.Matched, relative,
                $"{note}within tolerance of {relative} ({comparisons.Count} metric(s) compared; recorded {baseline.Provenance.Date} on {baseline.Provenance.Device}, commit {baseline.Provenance.GitCommit}).{cpuNote}",
                comparisons) { CrossDevice = crossDevice };
        }

        return new BaselineComparison(BaselineStatus.Regressed, relative,
            $"{note}claim {claim.Id} regressed against {relative}: {string.Join("; ", problems)}. If the change is intended, update the baseline: {HowToUpdate(claim.Id, tier)}.{cpuNote}",
            comparisons) { CrossDevice = crossDevice };
    }

    private BaselineDocument? TryReadOrNull(string claimId, string tier, string device)
    {
        try
        {
            return TryRead(claimId, tier, device);
        }
        catch (BaselineException)
        {
            return null;
        }
    }

    private static string F(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
