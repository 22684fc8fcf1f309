using Memorization.Claims.Running;

namespace Memorization.Claims.Report;

/// <summary>
/// Owns naming and the atomic write: subclasses only render bytes. Each file is written through
/// <see cref="AtomicFile"/>, so a report is never half-written when a run is interrupted.
/// </summary>
public abstract class ReportExporterBase : IReportExporter
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <summary>The files this exporter makes from <paramref name="result"/> (pure: no I/O).</summary>
    public abstract IEnumerable<ReportFile> Render(SuiteResult result);

    /// <inheritdoc />
    public IReadOnlyList<string> Export(SuiteResult result, string directory)
    {
        string root = Path.GetFullPath(directory);
        List<string> written = [];
        foreach (ReportFile file in Render(result))
        {
            string path = Path.GetFullPath(Path.Combine(root, file.RelativePath));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{Name} exporter: '{file.RelativePath}' would be written outside the report folder {root}.");
            }

            AtomicFile.WriteAllBytes(path, file.Content);
            written.Add(path);
        }

        return written;
    }
}
