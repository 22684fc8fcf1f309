using System.Text;
using Memorization.Claims.Running;

namespace Memorization.Claims.Report;

/// <summary>
/// <c>summary.md</c>: the summary table of <c>index.md</c> alone (<see cref="SummaryTable"/>), for places that show one
/// screen, such as a CI job summary (<c>$GITHUB_STEP_SUMMARY</c>).
/// </summary>
public sealed class SummaryMarkdownExporter : ReportExporterBase
{
    /// <summary>The file name.</summary>
    public const string FileName = "summary.md";

    /// <inheritdoc />
    public override string Name => "summary";

    /// <inheritdoc />
    public override IEnumerable<ReportFile> Render(SuiteResult result)
    {
        string text = "## Memorization.Repro — claims\n\n" + SummaryTable.Render(result) +
                      "\nDetails, figures and provenance: `artifacts/report/index.md`.\n";
        yield return new ReportFile(FileName, new UTF8Encoding(false).GetBytes(text));
    }
}
