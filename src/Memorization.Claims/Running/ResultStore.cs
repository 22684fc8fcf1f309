using System.Globalization;
using System.Text.Json;
using Memorization.Claims.Files;

namespace Memorization.Claims.Running;

/// <summary>
/// <c>artifacts/results/</c>: one file per claim, tier, device and seed, written by the claim tests and
/// <c>repro run</c>, read by the report. A run at the claim's own seed (its claim file's <c>seed:</c>) writes
/// <c>&lt;ID&gt;.&lt;tier&gt;.&lt;device&gt;.json</c>; a run at another seed S writes
/// <c>&lt;ID&gt;.&lt;tier&gt;.&lt;device&gt;.seed&lt;S&gt;.json</c>, so a seed sweep never replaces the result the
/// report's summary shows.
/// </summary>
public sealed class ResultStore(ReproRepository repository)
{
    /// <summary>The most bytes a result file may hold: 64 MiB (curves included, results hold well under 1 MB).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Writes <paramref name="result"/> atomically; returns its path.</summary>
    /// <param name="result">The result.</param>
    /// <param name="claimSeed">The claim's own seed: a result at that seed takes the name without a seed.</param>
    public string Write(ClaimResult result, ulong claimSeed)
    {
        string path = PathOf(result, claimSeed);
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(result, ClaimJson.Indented) + "\n");
        return path;
    }

    /// <summary>Where <see cref="Write"/> puts <paramref name="result"/>.</summary>
    public string PathOf(ClaimResult result, ulong claimSeed) =>
        repository.ResultFile(result.ClaimId, result.Tier, result.Device, result.Seed == claimSeed ? null : result.Seed);

    /// <summary>
    /// Every stored result: those at the claims' own seeds as <see cref="SuiteResult.Claims"/>, those at other seeds
    /// as <see cref="SuiteResult.OtherSeedRuns"/>; each ordered by claim, tier, device (and seed).
    /// </summary>
    /// <exception cref="InvalidDataException">A result file is malformed; the message names it.</exception>
    public SuiteResult ReadAll()
    {
        if (!Directory.Exists(repository.ResultsDirectory))
        {
            return new SuiteResult([]);
        }

        List<ClaimResult> own = [];
        List<ClaimResult> other = [];
        foreach (string path in Directory.EnumerateFiles(repository.ResultsDirectory, "*.json"))
        {
            GuardedText text = GuardedFile.ReadText(path, repository.Relative(path), repository.Root, MaxBytes, "result file");
            if (text.Refusal is { } refusal)
            {
                throw new InvalidDataException($"{refusal} Or delete it and re-run the claim.");
            }

            ClaimResult result;
            try
            {
                result = JsonSerializer.Deserialize<ClaimResult>(text.Text!, ClaimJson.Indented)
                         ?? throw new JsonException("the file holds null");
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{repository.Relative(path)} is not a claim result ({ex.Message}). Delete it and re-run the claim.", ex);
            }

            (IsOtherSeedFile(path) ? other : own).Add(result);
        }

        return new SuiteResult(Ordered(own)) { OtherSeedRuns = Ordered(other) };
    }

    /// <summary>Whether <paramref name="path"/> is named as a result at another seed than the claim's own (<c>….seed&lt;S&gt;.json</c>).</summary>
    public static bool IsOtherSeedFile(string path)
    {
        string[] parts = Path.GetFileNameWithoutExtension(path).Split('.');
        return parts.Length == 4 && parts[3].StartsWith(ReproRepository.SeedSuffix, StringComparison.Ordinal)
                                 && ulong.TryParse(parts[3][ReproRepository.SeedSuffix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    private static ClaimResult[] Ordered(IEnumerable<ClaimResult> results) =>
        results.OrderBy(r => r.ClaimId, StringComparer.Ordinal).ThenBy(r => r.Tier, StringComparer.Ordinal)
            .ThenBy(r => r.Device, StringComparer.Ordinal).ThenBy(r => r.Seed).ToArray();
}
