using Memorization.Claims.Running;

namespace Memorization.Claims.Report;

/// <summary>Turns one immutable <see cref="SuiteResult"/> into files of the report (Markdown, JSON, figures).</summary>
public interface IReportExporter
{
    /// <summary>A short name for logs, e.g. <c>markdown</c>.</summary>
    string Name { get; }

    /// <summary>Writes this exporter's files under <paramref name="directory"/>; returns their paths.</summary>
    IReadOnlyList<string> Export(SuiteResult result, string directory);
}
