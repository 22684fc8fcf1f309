using Memorization.Claims.Running;

namespace Memorization.Claims.Report;

/// <summary>Writes the whole report (<c>artifacts/report/</c>) from the stored results with every exporter.</summary>
public static class ReportWriter
{
    /// <summary>The exporters, Markdown and JSON first, figures last.</summary>
    public static IReadOnlyList<IReportExporter> Exporters { get; } =
        [new MarkdownReportExporter(), new SummaryMarkdownExporter(), new JsonReportExporter(), new SeedSweepJsonExporter(), new FigureExporter()];

    /// <summary>Reads <c>artifacts/results/</c> and writes the report; returns the suite and the files written.</summary>
    /// <exception cref="NothingToReportException">There is no result to report; nothing was written.</exception>
    public static (SuiteResult Suite, IReadOnlyList<string> Files) Write(ReproRepository repository)
    {
        SuiteResult suite = new ResultStore(repository).ReadAll();
        if (suite.Claims.Count == 0 && suite.OtherSeedRuns.Count == 0)
        {
            throw new NothingToReportException(
                $"nothing to report: {repository.Relative(repository.ResultsDirectory)}/ holds no claim result, so no report was written. " +
                "Run claims first (repro run, or dotnet test), then repro report.");
        }

        var files = Exporters.SelectMany(e => e.Export(suite, repository.ReportDirectory)).ToArray();
        return (suite, files);
    }
}
