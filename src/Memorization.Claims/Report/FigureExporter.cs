using System.Text;
using Memorization.Claims.Measurements;
using Memorization.Claims.Running;
using Memorization.Claims.Sweep;
using ScottPlot;

namespace Memorization.Claims.Report;

/// <summary>
/// PNG figures (ScottPlot 5) for claims that report curves: one figure per <see cref="CurveSeries.Figure"/>
/// of each result, each series a line with its confidence band, at <c>figures/&lt;ID&gt;.&lt;tier&gt;.&lt;device&gt;.&lt;figure&gt;.png</c>;
/// then the seed sweep's strip plots (<see cref="SeedSweepFigure"/>).
/// </summary>
public sealed class FigureExporter : ReportExporterBase
{
    private const int Width = 800;
    private const int Height = 600;

    /// <inheritdoc />
    public override string Name => "figures";

    /// <summary>The report-relative path of <paramref name="figure"/> of <paramref name="result"/>.</summary>
    public static string PathOf(ClaimResult result, string figure) => $"figures/{result.ClaimId}.{result.Tier}.{result.Device}.{Sanitise(figure)}.png";

    /// <summary>The figures of <paramref name="result"/>, by name, in order of appearance.</summary>
    public static IEnumerable<IGrouping<string, CurveSeries>> Figures(ClaimResult result) => result.Curves.GroupBy(c => c.Figure);

    /// <inheritdoc />
    public override IEnumerable<ReportFile> Render(SuiteResult result)
    {
        foreach (ClaimResult claim in result.Claims)
        {
            foreach (IGrouping<string, CurveSeries> figure in Figures(claim))
            {
                yield return new ReportFile(PathOf(claim, figure.Key), Draw(claim, figure.Key, figure.ToList()));
            }
        }

        foreach (ReportFile file in SeedSweepAggregation.Of(result).SelectMany(SeedSweepFigure.Render))
        {
            yield return file;
        }
    }

    private static byte[] Draw(ClaimResult claim, string figure, IReadOnlyList<CurveSeries> series)
    {
        var plot = new Plot();
        for (int i = 0; i < series.Count; i++)
        {
            CurveSeries s = series[i];
            // One colour per series for its line and its (translucent) interval band, so bands never hide lines.
            Color color = plot.Add.Palette.GetColor(i);
            double[] xs = s.Points.Select(p => p.X).ToArray();
            if (s.Points.Any(p => p.Lower != p.Y || p.Upper != p.Y))
            {
                var band = plot.Add.FillY(xs, s.Points.Select(p => p.Lower).ToArray(), s.Points.Select(p => p.Upper).ToArray());
                band.FillColor = color.WithAlpha(0.15);
                band.LineColor = color.WithAlpha(0.0);
                if (s.OnRightAxis)
                {
                    band.Axes.YAxis = plot.Axes.Right;
                }
            }

            var line = plot.Add.Scatter(xs, s.Points.Select(p => p.Y).ToArray());
            line.Color = color;
            line.LegendText = s.Name;
            if (s.OnRightAxis)
            {
                line.Axes.YAxis = plot.Axes.Right;
                plot.Axes.Right.Label.Text = s.YLabel;
            }
        }

        plot.Title($"{claim.ClaimId} — {figure} ({claim.Tier}, {claim.Device})");
        plot.XLabel(series[0].XLabel);
        plot.YLabel(series.FirstOrDefault(s => !s.OnRightAxis)?.YLabel ?? series[0].YLabel);
        // Below the plot: inside it the legend would cover curves that end high on the right.
        plot.ShowLegend(Edge.Bottom);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>A figure name as a file-name part: letters, digits, <c>-</c> and <c>_</c>; anything else becomes <c>_</c>.</summary>
    internal static string Sanitise(string name)
    {
        var builder = new StringBuilder();
        foreach (char c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return builder.Length == 0 ? "figure" : builder.ToString();
    }
}
