using System.Text.Json;

namespace Memorization.Claims.Running;

/// <summary>
/// <c>artifacts/results/&lt;ID&gt;.&lt;tier&gt;.&lt;device&gt;.json</c>: one file per claim run, written by the claim
/// tests and <c>repro run</c>, read by the report.
/// </summary>
public sealed class ResultStore(ReproRepository repository)
{
    /// <summary>Writes <paramref name="result"/> atomically; returns its path.</summary>
    public string Write(ClaimResult result)
    {
        string path = repository.ResultFile(result.ClaimId, result.Tier, result.Device);
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(result, ClaimJson.Indented) + "\n");
        return path;
    }

    /// <summary>Every stored result, ordered by claim, tier and device.</summary>
    /// <exception cref="InvalidDataException">A result file is malformed; the message names it.</exception>
    public SuiteResult ReadAll()
    {
        if (!Directory.Exists(repository.ResultsDirectory))
        {
            return new SuiteResult([]);
        }

        List<ClaimResult> results = [];
        foreach (string path in Directory.EnumerateFiles(repository.ResultsDirectory, "*.json"))
        {
            try
            {
                results.Add(JsonSerializer.Deserialize<ClaimResult>(File.ReadAllText(path), ClaimJson.Indented)
                            ?? throw new JsonException("the file holds null"));
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{repository.Relative(path)} is not a claim result ({ex.Message}). Delete it and re-run the claim.", ex);
            }
        }

        return new SuiteResult(results.OrderBy(r => r.ClaimId, StringComparer.Ordinal).ThenBy(r => r.Tier, StringComparer.Ordinal)
            .ThenBy(r => r.Device, StringComparer.Ordinal).ToArray());
    }
}
