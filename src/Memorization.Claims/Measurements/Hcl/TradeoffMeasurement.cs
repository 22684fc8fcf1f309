using MathNet.Numerics.Statistics;
using Memorization.Experiments.Hcl;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>
/// Claim TRADEOFF (docs/bounds.md#the-headline-result): across learners and checkpoints, lower excess error comes with a higher
/// information bound. Each attacked checkpoint of both models is a point (excess error on singleton
/// subpopulations = model error − Bayes-optimal error on the same queries; Fano bound as a fraction of n·d);
/// the metric is Spearman's rank correlation over those points, a descriptive statistic of this run (exact,
/// no sampling interval), and the bound at the most accurate checkpoint.
/// </summary>
public sealed class TradeoffMeasurement : HclExperimentMeasurement
{
    /// <inheritdoc />
    public override string ClaimId => "TRADEOFF";

    /// <inheritdoc />
    public override IReadOnlyList<string> Metrics => ["tradeoff_rank_correlation", "tradeoff_points", "most_accurate_bound_fraction"];

    /// <inheritdoc />
    protected override IReadOnlyList<HclModelKind> Models => [HclModelKind.LogisticRegression, HclModelKind.Mlp];

    /// <inheritdoc />
    protected override IEnumerable<MetricValue> MetricsAt(IReadOnlyList<HclModelOutcome> outcomes, double confidence)
    {
        var points = Points(outcomes, confidence).ToList();
        double correlation = Correlation.Spearman(points.Select(p => p.Excess), points.Select(p => p.Bound.Value));
        yield return MetricValue.Exact("tradeoff_rank_correlation", correlation);
        yield return MetricValue.Exact("tradeoff_points", points.Count);
        yield return points.OrderBy(p => p.Excess).ThenBy(p => p.Step).First().Bound with { Name = "most_accurate_bound_fraction" };
    }

    /// <inheritdoc />
    protected override IReadOnlyList<CurveSeries> Curves(IReadOnlyList<HclModelOutcome> outcomes)
    {
        // The metric's points (the checkpoints attacked for the metrics), then, hollow, the checkpoints attacked on every
        // singleton for the figures only: they show the denser schedule but are not in the correlation.
        var series = new List<CurveSeries>();
        foreach (HclModelOutcome o in outcomes)
        {
            series.Add(Scatter($"{o.Prefix}: checkpoints of the rank correlation", Points([o], 0.95)) with
            {
                Title = series.Count == 0 ? "TRADEOFF: information bound against excess error, one point per checkpoint (bars: bound's lower confidence end)" : null,
            });
            var others = FigureOnlyPoints(o, 0.95).ToArray();
            if (others.Length > 0)
            {
                series.Add(Scatter($"{o.Prefix}: other checkpoints {CurveSeries.FigureOnlyMarker}", others));
            }
        }

        return series;

        static CurveSeries Scatter(string name, IEnumerable<(int Step, double Excess, MetricValue Bound)> points) =>
            new("tradeoff", name, "excess error on singleton subpopulations (model − Bayes-optimal)", "Fano bound ÷ (n·d)",
                points.OrderBy(p => p.Excess).ThenBy(p => p.Step).Select(p => new CurvePoint(p.Excess, p.Bound.Value, p.Bound.Lower, p.Bound.Value)).ToArray())
            {
                Style = CurveStyle.Points,
            };
    }

    /// <inheritdoc />
    protected override IEnumerable<string> Notes =>
    [
        "points: every attacked checkpoint of both models; excess error = singleton-test error − Bayes-optimal error on the same queries; Spearman rank correlation (descriptive)",
    ];

    private static IEnumerable<(int Step, double Excess, MetricValue Bound)> Points(IReadOnlyList<HclModelOutcome> outcomes, double confidence)
    {
        foreach (HclModelOutcome o in outcomes)
        {
            double bayes = o.Bayes.Singletons.Count(m => m) / (double)o.Bayes.Singletons.Length;
            int[] unfixed = HclMetrics.UnfixedCounts(o);
            foreach (HclCheckpoint c in o.Run.Attacked)
            {
                yield return (c.Step, c.SingletonError - bayes,
                    HclMetrics.BoundFraction("bound", HclMetrics.Bound(c.Attack!, unfixed, o.Setup.TrainingBits, confidence)));
            }
        }
    }

    // The checkpoints attacked on every singleton for the figures only (never part of the metric).
    private static IEnumerable<(int Step, double Excess, MetricValue Bound)> FigureOnlyPoints(HclModelOutcome o, double confidence)
    {
        double bayes = o.Bayes.Singletons.Count(m => m) / (double)o.Bayes.Singletons.Length;
        int[] unfixed = HclMetrics.UnfixedCounts(o);
        foreach (HclCheckpoint c in o.Run.Checkpoints.Where(c => c.Attack is null && c.FigureAttack is { CoversEverySingleton: true }))
        {
            yield return (c.Step, c.SingletonError - bayes,
                HclMetrics.BoundFraction("bound", HclMetrics.Bound(c.FigureAttack!, unfixed, o.Setup.TrainingBits, confidence)));
        }
    }
}
