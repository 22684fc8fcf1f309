using System.Globalization;
using Memorization.Claims.Sweep;
using ScottPlot;

namespace Memorization.Claims.Report;

/// <summary>
/// The strip plot of one assertion over the seeds of a sweep: per seed (x, in ascending order) a dot for the confidence
/// bound the assertion compares (filled; red where the assertion failed) and a ring for the point estimate, with the
/// threshold as a dashed line. How close the dots come to the line shows how much room the claim has at other seeds.
/// </summary>
public static class SeedSweepFigure
{
    private const int Width = 800;
    private const int Height = 500;

    /// <summary>The report-relative path of the plot of assertion <paramref name="index"/> of <paramref name="sweep"/>.</summary>
    public static string PathOf(SeedSweep sweep, int index)
    {
        AssertionSweep assertion = sweep.Assertions[index];
        bool unique = sweep.Assertions.Count(a => a.Metric == assertion.Metric) == 1;
        string name = FigureExporter.Sanitise(assertion.Metric) + (unique ? "" : "-" + (index + 1).ToString(CultureInfo.InvariantCulture));
        return $"figures/{sweep.ClaimId}.{sweep.Tier}.{sweep.Device}.seeds.{name}.png";
    }

    /// <summary>The plots of <paramref name="sweep"/>, one per assertion.</summary>
    public static IEnumerable<ReportFile> Render(SeedSweep sweep) =>
        sweep.Assertions.Select((a, i) => new ReportFile(PathOf(sweep, i), Draw(sweep, a)));

    private static byte[] Draw(SeedSweep sweep, AssertionSweep assertion)
    {
        var plot = new Plot();
        AssertionPoint[] points = assertion.Points.ToArray();
        double[] xs = Enumerable.Range(0, points.Length).Select(i => (double)i).ToArray();
        Color bound = plot.Add.Palette.GetColor(0);
        Color value = plot.Add.Palette.GetColor(1);
        Color threshold = plot.Add.Palette.GetColor(2);

        Dots(plot, Series(points, p => p.Passed ? p.Bound : null), bound, MarkerShape.FilledCircle,
            $"{assertion.BoundKind} bound at {MarkdownText.Percent(assertion.Confidence)} (holds)");
        Dots(plot, Series(points, p => p.Passed ? null : p.Bound), Colors.Red, MarkerShape.FilledCircle, $"{assertion.BoundKind} bound (fails)");
        Dots(plot, Series(points, p => p.Value), value, MarkerShape.OpenCircle, "point estimate");

        if (assertion.ThresholdMin is { } low && assertion.ThresholdMax is { } high && low == high)
        {
            var line = plot.Add.HorizontalLine(low);
            line.LinePattern = LinePattern.Dashed;
            line.Color = threshold;
            line.LegendText = $"threshold {assertion.Comparator} {assertion.Threshold}";
        }
        else if (assertion.ThresholdMin is not null)
        {
            (double[] tx, double[] ty) = Series(points, p => p.Threshold);
            var line = plot.Add.Scatter(tx, ty);
            line.LinePattern = LinePattern.Dashed;
            line.Color = threshold;
            line.MarkerSize = 0;
            line.LegendText = $"threshold: {assertion.Threshold}";
        }

        plot.Axes.Bottom.SetTicks(xs, points.Select(p => p.Seed.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Margins(0.1, 0.15);
        plot.Title($"{sweep.ClaimId}: {assertion.Text} over {points.Length} seed(s) ({sweep.Tier}, {sweep.Device})");
        plot.XLabel("seed");
        plot.YLabel(assertion.Metric);
        plot.ShowLegend(Edge.Bottom);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static void Dots(Plot plot, (double[] Xs, double[] Ys) series, Color color, MarkerShape shape, string legend)
    {
        (double[] xs, double[] ys) = series;
        if (xs.Length == 0)
        {
            return;
        }

        var dots = plot.Add.Scatter(xs, ys);
        dots.LineWidth = 0;
        dots.MarkerShape = shape;
        dots.MarkerSize = 9;
        dots.Color = color;
        dots.LegendText = legend;
    }

    // The x (position of the seed) and y of every point where y is defined.
    private static (double[] Xs, double[] Ys) Series(AssertionPoint[] points, Func<AssertionPoint, double?> y)
    {
        var kept = points.Select((p, i) => (X: (double)i, Y: y(p))).Where(p => p.Y is not null).ToArray();
        return (kept.Select(p => p.X).ToArray(), kept.Select(p => p.Y!.Value).ToArray());
    }
}
