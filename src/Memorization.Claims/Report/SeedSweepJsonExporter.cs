using System.Text.Json;
using Memorization.Claims.Running;
using Memorization.Claims.Sweep;

namespace Memorization.Claims.Report;

/// <summary>
/// <c>sweep.json</c>: the seed sweeps of the stored results (<see cref="SeedSweepAggregation.Of"/>), for machines.
/// Written on every report, as <c>[]</c> when no result at another seed is stored, so a stale sweep never outlives
/// the results it came from.
/// </summary>
public sealed class SeedSweepJsonExporter : ReportExporterBase
{
    /// <summary>The file name.</summary>
    public const string FileName = "sweep.json";

    /// <inheritdoc />
    public override string Name => "sweep";

    /// <inheritdoc />
    public override IEnumerable<ReportFile> Render(SuiteResult result)
    {
        yield return new ReportFile(FileName, JsonSerializer.SerializeToUtf8Bytes(SeedSweepAggregation.Of(result), ClaimJson.Indented));
    }
}
