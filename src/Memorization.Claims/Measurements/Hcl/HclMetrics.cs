using Memorization.Attacks;
using Memorization.Experiments.Hcl;
using Memorization.Information;
using Memorization.Tasks;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>
/// Turns the published experiment's records into claim metrics: the Fano bound on I(X;M|P) (one-sided Chernoff–Hoeffding on
/// the mean bit error) and the figure series. Generic error rates and means: <see cref="ClaimMetrics"/>.
/// </summary>
public static class HclMetrics
{
    /// <summary>
    /// The Fano lower bound on I(X;M|P) from the attack on the singletons at <paramref name="record"/> (docs/bounds.md#fano-bound):
    /// B·(1 − h(ē⁺)) over the unfixed bits of the attacked singletons (H_bit = 1).
    /// </summary>
    public static FanoBound Bound(HclAttackRecord record, IReadOnlyList<int> unfixedCounts, long trainingBits, double confidence)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Bound(record.Targets, unfixedCounts, trainingBits, confidence);
    }

    /// <summary>
    /// The Fano lower bound on I(X;M|P) from an attack's recovery of the singletons (any model, e.g. a compressed one):
    /// B·(1 − h(ē⁺)) over the unfixed bits, <paramref name="unfixedCounts"/> in the order of <paramref name="targets"/>.
    /// </summary>
    public static FanoBound Bound(RecoveryMeasurement targets, IReadOnlyList<int> unfixedCounts, long trainingBits, double confidence)
    {
        ArgumentNullException.ThrowIfNull(targets);
        IReadOnlyList<double> recovered = targets.IrrelevantBits;
        if (recovered.Count != unfixedCounts.Count)
        {
            throw new InvalidOperationException($"The attack reported {recovered.Count} targets but the data set has {unfixedCounts.Count} singletons.");
        }

        double[] errors = recovered.Select(r => 1.0 - r).ToArray();
        return FanoBound.FromExampleErrors(errors, unfixedCounts, 1.0, trainingBits, confidence);
    }

    /// <summary>The Fano bound as a fraction of n·d: value at the measured mean error, lower end at its upper confidence bound.</summary>
    public static MetricValue BoundFraction(string name, FanoBound bound)
    {
        double point = FanoBound.BitwiseBits(bound.BitCount, bound.BitEntropy, bound.MeanError) / bound.TrainingBits;
        double ceiling = (double)bound.BitCount * bound.BitEntropy / bound.TrainingBits;
        return new MetricValue(name, point, bound.FractionOfTrainingBits, ceiling, bound.Confidence, bound.ExampleCount);
    }

    /// <summary>The unfixed-coordinate count of each singleton target, in the runner's target order (the data set's singleton order).</summary>
    public static int[] UnfixedCounts(HclModelOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return HclExampleGroups.UnfixedCounts(outcome.Data);
    }

    /// <summary>
    /// The recovery error series (1 − recovery) of an attack measurement at every checkpoint with a recovery: those attacked
    /// for the metrics (every singleton) and those attacked for the figures only (every singleton or a fixed subset, wider
    /// intervals), so the curve follows the published checkpoint schedule.
    /// </summary>
    public static CurveSeries RecoveryErrorSeries(
        string figure, string name, HclModelRun run, Func<HclAttackRecord, RecoveryMeasurement?> pick, bool irrelevantOnly, string yLabel)
    {
        var points = new List<CurvePoint>();
        foreach (HclCheckpoint checkpoint in run.Recovered)
        {
            RecoveryMeasurement? m = pick(checkpoint.Recovery!);
            MeanInterval? interval = m is null ? null : irrelevantOnly ? m.IrrelevantBitsMean : m.AllBitsMean;
            if (interval is not null)
            {
                points.Add(new CurvePoint(checkpoint.Step, 1.0 - interval.Mean, 1.0 - interval.Upper, 1.0 - interval.Lower));
            }
        }

        return new CurveSeries(figure, name, StepsLabel, yLabel, points);
    }

    /// <summary>A classification-error series over every checkpoint (no interval: the figure's intervals are the attacks').</summary>
    public static CurveSeries ErrorSeries(string figure, string name, HclModelRun run, Func<HclCheckpoint, double> pick, string yLabel) =>
        new(figure, name, StepsLabel, yLabel, run.Checkpoints.Select(c => new CurvePoint(c.Step, pick(c), pick(c), pick(c))).ToArray());

    /// <summary>A constant drawn as a dashed horizontal reference over the run's steps.</summary>
    public static CurveSeries Reference(string figure, string name, HclModelRun run, double y, string yLabel) =>
        new(figure, name, StepsLabel, yLabel, [new CurvePoint(run.Checkpoints[0].Step, y, y, y), new CurvePoint(run.Final.Step, y, y, y)])
        {
            Style = CurveStyle.Reference,
        };

    /// <summary>The x label of every series against training.</summary>
    public const string StepsLabel = "gradient updates";

    /// <summary>The panel heading of a model's series, e.g. <c>MLP (2000 steps, 41 checkpoints)</c>.</summary>
    public static string Panel(HclModelOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        string model = outcome.Model == HclModelKind.LogisticRegression ? "logistic regression" : "MLP";
        return $"{model} ({outcome.Run.Final.Step} steps, {outcome.Run.Checkpoints.Count} checkpoints)";
    }

    /// <summary>The model's name in a title: <c>the logistic regression</c> or <c>the MLP</c>.</summary>
    public static string ModelName(HclModelKind model) => model == HclModelKind.LogisticRegression ? "the logistic regression" : "the MLP";
}
