using Memorization.Claims.Measurements.Hcl;
using Memorization.Information;
using Memorization.Experiments.Size;

namespace Memorization.Claims.Measurements.Size;

/// <summary>
/// The SIZE figures: one per compression family (<c>size-quantised</c>, <c>size-pruned</c>, …), each with the
/// represented, well-represented and singleton errors (Clopper–Pearson bands), the Fano bound as a fraction of n·d
/// (band from its lower confidence end to the point value), the forgetful learner's singleton error and the full model's
/// bound as horizontal references, and n·d as a vertical line — all against log₂(model bits), since the exporter has
/// no log axis. Each family's curve also starts from the full model, its largest budget. Two summary figures,
/// <c>size-singletons</c> and <c>size-well-represented</c>, put every family's error on one plot (no bands).
/// </summary>
public static class SizeCurves
{
    private const string XLabel = "log₂(model bits)";
    private const string YLabel = "error / information bound ÷ (n·d)";

    /// <summary>The series of every family of <paramref name="sweep"/>, bands at <paramref name="confidence"/>.</summary>
    public static IReadOnlyList<CurveSeries> Build(SizeSweep.Result sweep, double confidence)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        SizePoint full = sweep.Points[0];
        double forgetful = SizePoint.Rate(sweep.ForgetfulSingletonMistakes);
        double fullBound = ModelSizeMeasurement.BoundFraction("bound", full, sweep, confidence).Value;
        double nd = Math.Log2(sweep.TrainingBits);
        var series = new List<CurveSeries>();
        foreach (IGrouping<string, SizePoint> family in sweep.Points.Skip(1).GroupBy(p => p.Family))
        {
            // Compressions of the trained model end at the full model; models trained from scratch stand alone.
            bool compressed = family.Key is "quantised" or "pruned" or "row-sign" or "factorised";
            SizePoint[] points = (compressed ? family.Append(full) : family).OrderBy(p => p.Bits).ToArray();
            string figure = $"size-{family.Key}";
            double[] xs = points.Select(p => Math.Log2(p.Bits)).ToArray();
            double left = Math.Min(xs.Min(), nd) - 0.5;
            double right = Math.Max(xs.Max(), nd) + 0.5;
            series.Add(Errors(figure, "singleton error", points, p => p.SingletonMistakes, confidence) with
            {
                Title = $"SIZE: errors and information bound of the {family.Key} models against their size",
            });
            series.Add(Errors(figure, "well-represented error (m ≥ 2)", points, p => p.WellRepresentedMistakes, confidence));
            series.Add(Errors(figure, "represented error", points, p => p.RepresentedMistakes, confidence));
            series.Add(new CurveSeries(figure, "Fano bound ÷ (n·d)", XLabel, YLabel, points.Select(p =>
            {
                MetricValue b = ModelSizeMeasurement.BoundFraction("bound", p, sweep, confidence);
                return new CurvePoint(Math.Log2(p.Bits), b.Value, b.Lower, b.Value);
            }).ToArray()));
            series.Add(Horizontal(figure, "forgetful learner: singleton error", left, right, forgetful));
            series.Add(Horizontal(figure, "full model: bound ÷ (n·d)", left, right, fullBound));
            series.Add(NdLine(figure, nd));
        }

        series.AddRange(Summary(sweep, "size-singletons", "singleton error", p => p.SingletonMistakes, forgetful, nd));
        series.AddRange(Summary(sweep, "size-well-represented", "well-represented error (m ≥ 2)", p => p.WellRepresentedMistakes, forgetful, nd));
        return series;
    }

    private static IEnumerable<CurveSeries> Summary(
        SizeSweep.Result sweep, string figure, string yLabel, Func<SizePoint, IReadOnlyList<bool>> pick, double forgetful, double nd)
    {
        SizePoint full = sweep.Points[0];
        double left = Math.Min(sweep.Points.Min(p => Math.Log2(p.Bits)), nd) - 0.5;
        double right = Math.Max(sweep.Points.Max(p => Math.Log2(p.Bits)), nd) + 0.5;
        bool first = true;
        foreach (IGrouping<string, SizePoint> family in sweep.Points.Skip(1).GroupBy(p => p.Family))
        {
            bool compressed = family.Key is "quantised" or "pruned" or "row-sign" or "factorised";
            string? title = first ? $"SIZE: {yLabel} of every model family against its size" : null;
            first = false;
            yield return new CurveSeries(figure, family.Key, XLabel, yLabel, (compressed ? family.Append(full) : family).OrderBy(p => p.Bits)
                .Select(p => new CurvePoint(Math.Log2(p.Bits), SizePoint.Rate(pick(p)), SizePoint.Rate(pick(p)), SizePoint.Rate(pick(p))))
                .ToArray()) { Title = title };
        }
        yield return Horizontal(figure, "forgetful learner: singleton error", left, right, forgetful) with { YLabel = yLabel };
        yield return NdLine(figure, nd) with { YLabel = yLabel };
    }

    private static CurveSeries NdLine(string figure, double nd) =>
        new(figure, "n·d bits", XLabel, YLabel, [new CurvePoint(nd, 0, 0, 0), new CurvePoint(nd, 1, 1, 1)]) { Style = CurveStyle.Reference };

    private static CurveSeries Errors(string figure, string name, SizePoint[] points, Func<SizePoint, IReadOnlyList<bool>> pick, double confidence) =>
        new(figure, name, XLabel, YLabel, points.Select(p =>
        {
            IReadOnlyList<bool> mistakes = pick(p);
            int errors = mistakes.Count(m => m);
            (double lower, double upper) = ConfidenceBounds.ClopperPearson(errors, mistakes.Count, confidence);
            return new CurvePoint(Math.Log2(p.Bits), (double)errors / mistakes.Count, lower, upper);
        }).ToArray());

    private static CurveSeries Horizontal(string figure, string name, double left, double right, double y) =>
        new(figure, name, XLabel, YLabel, [new CurvePoint(left, y, y, y), new CurvePoint(right, y, y, y)]) { Style = CurveStyle.Reference };
}
