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

    /// <summary>The recovery error series (1 − recovery) of an attack measurement over the attacked checkpoints.</summary>
    public static CurveSeries RecoveryErrorSeries(
        string figure, string name, HclModelRun run, Func<HclAttackRecord, RecoveryMeasurement?> pick, bool irrelevantOnly)
    {
        var points = new List<CurvePoint>();
        foreach (HclCheckpoint checkpoint in run.Attacked)
        {
            RecoveryMeasurement? m = pick(checkpoint.Attack!);
            MeanInterval? interval = m is null ? null : irrelevantOnly ? m.IrrelevantBitsMean : m.AllBitsMean;
            if (interval is not null)
            {
                points.Add(new CurvePoint(checkpoint.Step, 1.0 - interval.Mean, 1.0 - interval.Upper, 1.0 - interval.Lower));
            }
        }

        return new CurveSeries(figure, name, "gradient updates", irrelevantOnly ? "irrelevant-bit recovery error" : "recovery error / classification error", points);
    }

    /// <summary>A classification-error series over every checkpoint (no interval: the figure's intervals are the attacks').</summary>
    public static CurveSeries ErrorSeries(string figure, string name, HclModelRun run, Func<HclCheckpoint, double> pick) =>
        new(figure, name, "gradient updates", "recovery error / classification error",
            run.Checkpoints.Select(c => new CurvePoint(c.Step, pick(c), pick(c), pick(c))).ToArray());
}
