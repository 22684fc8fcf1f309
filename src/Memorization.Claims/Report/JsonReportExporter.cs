using System.Text.Json;
using Memorization.Claims.Running;

namespace Memorization.Claims.Report;

/// <summary><c>results.json</c>: the whole <see cref="SuiteResult"/>, for machines and for diffing two runs.</summary>
public sealed class JsonReportExporter : ReportExporterBase
{
    /// <summary>The file name.</summary>
    public const string FileName = "results.json";

    /// <inheritdoc />
    public override string Name => "json";

    /// <inheritdoc />
    public override IEnumerable<ReportFile> Render(SuiteResult result)
    {
        yield return new ReportFile(FileName, JsonSerializer.SerializeToUtf8Bytes(result, ClaimJson.Indented));
    }
}
