using Memorization.Attacks;
using Memorization.Experiments.Nsp;
using Memorization.Tasks;

namespace Memorization.Claims.Measurements.Nsp;

/// <summary>Figure series of the NSP experiment against training steps.</summary>
internal static class NspSeries
{
    private const string Steps = "training steps (Adam)";

    /// <summary>The model's next-bit error on a query set at every checkpoint.</summary>
    public static CurveSeries Error(string figure, string name, NspOutcome o, QuerySplit split)
    {
        string set = NspQuerySets.Name(split);
        return new CurveSeries(figure, name, Steps, "next-bit error",
            o.Result.Checkpoints.Select(c => Point(c.Step, Rate(c.QueryMistakes[set]))).ToArray());
    }

    /// <summary>A predictor that does not train (Bayes, forgetful): its error as a dashed reference over the steps.</summary>
    public static CurveSeries Constant(string figure, string name, NspOutcome o, bool[] mistakes) =>
        Reference(figure, name, o, Rate(mistakes), "next-bit error");

    /// <summary>A constant drawn as a dashed horizontal reference from the first to the last step.</summary>
    public static CurveSeries Reference(string figure, string name, NspOutcome o, double y, string yLabel) =>
        new(figure, name, Steps, yLabel, [Point(o.Result.Steps[0], y), Point(o.Result.Steps[^1], y)]) { Style = CurveStyle.Reference };

    /// <summary>The model's excess error over the Bayes-optimal predictor on a query set, on the right axis.</summary>
    public static CurveSeries ExcessError(string figure, NspOutcome o, QuerySplit split)
    {
        string set = NspQuerySets.Name(split);
        double bayes = Rate(o.BayesMistakes[set]);
        return new CurveSeries(figure, $"excess next-bit error, {set} queries (right axis)", Steps, "excess error over Bayes-optimal",
            o.Result.Checkpoints.Select(c => Point(c.Step, Rate(c.QueryMistakes[set]) - bayes)).ToArray(), OnRightAxis: true);
    }

    /// <summary>Noise-bit recovery of <paramref name="attack"/> on <paramref name="group"/> at every checkpoint, with its interval.</summary>
    public static CurveSeries NoiseRecovery(string figure, string name, NspOutcome o, NspAttackKind attack, NspTargetGroup group) =>
        new(figure, name, Steps, "noise-bit recovery",
            o.Result.Checkpoints
                .Select(c => (c.Step, Interval: c.Attack(attack, group).NoiseBitRecovery))
                .Where(p => p.Interval is not null)
                .Select(p => new CurvePoint(p.Step, p.Interval!.Mean, p.Interval.Lower, p.Interval.Upper))
                .ToArray());

    private static double Rate(bool[] mistakes) => mistakes.Length == 0 ? double.NaN : mistakes.Count(m => m) / (double)mistakes.Length;

    private static CurvePoint Point(double x, double y) => new(x, y, y, y);
}
