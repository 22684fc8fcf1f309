using System.Text;
using Memorization.Claims.Measurements;
using Memorization.Claims.Running;
using Memorization.Claims.Sweep;
using ScottPlot;

namespace Memorization.Claims.Report;

/// <summary>
/// PNG figures (ScottPlot 5) for claims that report curves: one figure per <see cref="CurveSeries.Figure"/> of each
/// result, at <c>figures/&lt;ID&gt;.&lt;tier&gt;.&lt;device&gt;.&lt;figure&gt;.png</c>, titled in words, one panel per
/// <see cref="CurveSeries.Panel"/> (stacked, each with its own axes). Measured series are lines through markers at the
/// measured points with a light band and its outline; references are dashed lines; point clouds are markers with error
/// bars (<see cref="CurveStyle"/>). Then the seed sweep's strip plots (<see cref="SeedSweepFigure"/>).
/// </summary>
public sealed class FigureExporter : ReportExporterBase
{
    private const int Width = 900;
    private const int PanelHeight = 520;
    private const int StackedPanelHeight = 420;

    /// <inheritdoc />
    public override string Name => "figures";

    /// <summary>The report-relative path of <paramref name="figure"/> of <paramref name="result"/>.</summary>
    public static string PathOf(ClaimResult result, string figure) => $"figures/{result.ClaimId}.{result.Tier}.{result.Device}.{Sanitise(figure)}.png";

    /// <summary>The figures of <paramref name="result"/>, by name, in order of appearance.</summary>
    public static IEnumerable<IGrouping<string, CurveSeries>> Figures(ClaimResult result) => result.Curves.GroupBy(c => c.Figure);

    /// <summary>The plans of every figure of <paramref name="result"/>, in order of appearance.</summary>
    public static IEnumerable<FigurePlan> Plans(ClaimResult result) => Figures(result).Select(f => FigurePlan.Of(result, f.Key, f.ToList()));

    /// <inheritdoc />
    public override IEnumerable<ReportFile> Render(SuiteResult result)
    {
        foreach (ClaimResult claim in result.Claims)
        {
            foreach (FigurePlan plan in Plans(claim))
            {
                yield return new ReportFile(plan.Path, Draw(plan));
            }
        }

        foreach (ReportFile file in SeedSweepAggregation.Of(result).SelectMany(SeedSweepFigure.Render))
        {
            yield return file;
        }
    }

    private static byte[] Draw(FigurePlan plan)
    {
        string title = Wrap(plan.Title);
        if (plan.Panels.Count == 1)
        {
            Plot plot = DrawPanel(plan.Panels[0], title);
            return plot.GetImageBytes(Width, PanelHeight, ImageFormat.Png);
        }

        // The figure's title over the first panel; each panel names itself.
        var multiplot = new Multiplot(DrawPanel(plan.Panels[0], $"{title}\n{plan.Panels[0].Heading}"));
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Rows();
        foreach (FigurePanel panel in plan.Panels.Skip(1))
        {
            multiplot.AddPlot(DrawPanel(panel, panel.Heading ?? ""));
        }

        return multiplot.Render(Width, StackedPanelHeight * plan.Panels.Count).GetImageBytes(ImageFormat.Png);
    }

    // A title on lines of at most about 80 characters (ScottPlot does not wrap; a long title runs off the image).
    private static string Wrap(string title)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in title.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > 80)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length == 0 ? word : " " + word);
        }

        lines.Add(line.ToString());
        return string.Join("\n", lines);
    }

    private static Plot DrawPanel(FigurePanel panel, string title)
    {
        var plot = new Plot();
        int colour = -1;
        for (int i = 0; i < panel.Series.Count; i++)
        {
            CurveSeries s = panel.Series[i];
            // A figure-only companion (hollow points) keeps the colour of the series before it: same model, other checkpoints.
            bool companion = i > 0 && s.Style == CurveStyle.Points && s.Name.Contains(CurveSeries.FigureOnlyMarker, StringComparison.Ordinal);
            colour += companion ? 0 : 1;
            Color color = plot.Add.Palette.GetColor(colour);
            IYAxis? right = s.OnRightAxis ? plot.Axes.Right : null;
            switch (s.Style)
            {
                case CurveStyle.Reference:
                    Reference(plot, s, color, right);
                    break;
                case CurveStyle.Points:
                    PointsWithErrorBars(plot, s, color, right);
                    break;
                default:
                    LineWithBand(plot, s, color, right);
                    break;
            }
        }

        plot.Title(title);
        plot.XLabel(panel.XLabel);
        plot.YLabel(panel.YLabel);
        if (panel.RightYLabel is { } rightLabel)
        {
            plot.Axes.Right.Label.Text = rightLabel;
        }

        // Below the plot: inside it the legend would cover curves that end high on the right.
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    // A measured series: markers where it was measured (so a straight segment reads as "not measured here", not as a
    // linear trend), and a light band with a thin outline so that overlapping bands stay distinguishable.
    private static void LineWithBand(Plot plot, CurveSeries s, Color color, IYAxis? axes)
    {
        double[] xs = s.Points.Select(p => p.X).ToArray();
        if (s.Points.Any(p => p.Lower != p.Y || p.Upper != p.Y))
        {
            var band = plot.Add.FillY(xs, s.Points.Select(p => p.Lower).ToArray(), s.Points.Select(p => p.Upper).ToArray());
            band.FillColor = color.WithAlpha(0.10);
            band.LineColor = color.WithAlpha(0.45);
            band.LineWidth = 1;
            Assign(band, axes);
        }

        var line = plot.Add.Scatter(xs, s.Points.Select(p => p.Y).ToArray());
        line.Color = color;
        line.LineWidth = 2;
        line.MarkerSize = xs.Length > 60 ? 0 : 4;
        line.LegendText = s.Name;
        Assign(line, axes);
    }

    private static void Reference(Plot plot, CurveSeries s, Color color, IYAxis? axes)
    {
        bool horizontal = s.Points.Select(p => p.Y).Distinct().Count() == 1;
        bool vertical = !horizontal && s.Points.Select(p => p.X).Distinct().Count() == 1;
        if (horizontal || vertical)
        {
            ScottPlot.Plottables.AxisLine line = horizontal
                ? plot.Add.HorizontalLine(s.Points[0].Y, 1.5f, color, LinePattern.Dashed)
                : plot.Add.VerticalLine(s.Points[0].X, 1.5f, color, LinePattern.Dashed);
            line.LegendText = s.Name;
            Assign(line, axes);
            return;
        }

        var path = plot.Add.Scatter(s.Points.Select(p => p.X).ToArray(), s.Points.Select(p => p.Y).ToArray());
        path.Color = color;
        path.LinePattern = LinePattern.Dashed;
        path.MarkerSize = 0;
        path.LegendText = s.Name;
        Assign(path, axes);
    }

    private static void PointsWithErrorBars(Plot plot, CurveSeries s, Color color, IYAxis? axes)
    {
        double[] xs = s.Points.Select(p => p.X).ToArray();
        double[] ys = s.Points.Select(p => p.Y).ToArray();
        double[] none = new double[xs.Length];
        var bars = new ScottPlot.Plottables.ErrorBar(xs, ys, none, none,
            s.Points.Select(p => p.Upper - p.Y).ToArray(), s.Points.Select(p => p.Y - p.Lower).ToArray())
        {
            Color = color,
        };
        plot.Add.Plottable(bars);
        Assign(bars, axes);
        var dots = plot.Add.Scatter(xs, ys);
        dots.Color = color;
        dots.LineWidth = 0;
        dots.MarkerSize = 7;
        dots.MarkerShape = s.Name.Contains(CurveSeries.FigureOnlyMarker, StringComparison.Ordinal) ? MarkerShape.OpenCircle : MarkerShape.FilledCircle;
        dots.LegendText = s.Name;
        Assign(dots, axes);
    }

    private static void Assign(IPlottable plottable, IYAxis? yAxis)
    {
        if (yAxis is not null)
        {
            plottable.Axes.YAxis = yAxis;
        }
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
