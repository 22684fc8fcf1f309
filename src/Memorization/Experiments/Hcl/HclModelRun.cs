using Memorization.Attacks;
using Memorization.Information;

namespace Memorization.Experiments.Hcl;

/// <summary>
/// One trained model's record: every checkpoint, the training time (without evaluation and attacks) and a series per
/// metric for figures. Metric names: <c>loss</c>, <c>error/{train,fresh,represented,singleton}</c>,
/// <c>recovery/{targets,fresh-control,represented-control,informed}/{all,irrelevant}</c>.
/// </summary>
/// <param name="Model">The model's name.</param>
/// <param name="ParameterBits">Its size in bits.</param>
/// <param name="Checkpoints">The checkpoints in step order.</param>
/// <param name="TrainingTime">Wall time of the gradient updates alone (with the trainer's loss evaluation at each checkpoint).</param>
public sealed record HclModelRun(string Model, long ParameterBits, IReadOnlyList<HclCheckpoint> Checkpoints, TimeSpan TrainingTime)
{
    /// <summary>Wall time of the checkpoint callbacks: the attacks (metric and figure-only) and the error evaluations.</summary>
    public TimeSpan CheckpointTime { get; init; }

    /// <summary>Process CPU time (all threads) of the same span as <see cref="TrainingTime"/>.</summary>
    public TimeSpan TrainingCpuTime { get; init; }

    /// <summary>Process CPU time (all threads) of the checkpoint callbacks (<see cref="CheckpointTime"/>'s span).</summary>
    public TimeSpan CheckpointCpuTime { get; init; }

    /// <summary>Wall time of the attacks run for the metrics (every singleton at the attacked checkpoints).</summary>
    public TimeSpan MetricAttackTime => Checkpoints.Aggregate(TimeSpan.Zero, (sum, c) => sum + (c.Attack?.Elapsed ?? TimeSpan.Zero));

    /// <summary>Wall time of the attacks run for the figures only (the checkpoints the metrics skip).</summary>
    public TimeSpan FigureAttackTime => Checkpoints.Aggregate(TimeSpan.Zero, (sum, c) => sum + (c.FigureAttack?.Elapsed ?? TimeSpan.Zero));

    /// <summary>What every attack of the run computed, metric and figure-only (<see cref="HclAttackWork"/>).</summary>
    public HclAttackWork AttackWork => Checkpoints.Aggregate(HclAttackWork.None, (sum, c) =>
        sum + (c.Attack?.Work ?? HclAttackWork.None) + (c.FigureAttack?.Work ?? HclAttackWork.None));

    /// <summary>The checkpoints that were attacked for the metrics.</summary>
    public IEnumerable<HclCheckpoint> Attacked => Checkpoints.Where(c => c.Attack is not null);

    /// <summary>The checkpoints with a recovery to draw: those attacked for the metrics and those attacked for the figures only.</summary>
    public IEnumerable<HclCheckpoint> Recovered => Checkpoints.Where(c => c.Recovery is not null);

    /// <summary>The last checkpoint (the trained model).</summary>
    public HclCheckpoint Final => Checkpoints[^1];

    /// <summary>Every metric as a series over the checkpoints where it was measured.</summary>
    public IReadOnlyDictionary<string, HclSeries> Series()
    {
        var series = new Dictionary<string, HclSeries>
        {
            ["loss"] = Plain("loss", c => c.Loss),
            ["error/train"] = Plain("error/train", c => c.TrainError),
            ["error/fresh"] = Plain("error/fresh", c => c.FreshError),
            ["error/represented"] = Plain("error/represented", c => c.RepresentedError),
            ["error/singleton"] = Plain("error/singleton", c => c.SingletonError),
        };
        AddRecovery(series, "targets", a => a.Targets);
        AddRecovery(series, "fresh-control", a => a.FreshControls);
        AddRecovery(series, "represented-control", a => a.RepresentedControls);
        AddRecovery(series, "informed", a => a.InformedTargets);
        return series;
    }

    private HclSeries Plain(string metric, Func<HclCheckpoint, double> value) =>
        new(metric, Checkpoints.Select(c => c.Step).ToArray(), Checkpoints.Select(value).ToArray(), null, null);

    private void AddRecovery(Dictionary<string, HclSeries> series, string name, Func<HclAttackRecord, RecoveryMeasurement?> pick)
    {
        var points = Attacked.Select(c => (c.Step, Measurement: pick(c.Attack!))).Where(p => p.Measurement is not null).ToArray();
        if (points.Length == 0)
        {
            return;
        }
        Add(series, $"recovery/{name}/all", points.Select(p => (p.Step, (MeanInterval?)p.Measurement!.AllBitsMean)));
        Add(series, $"recovery/{name}/irrelevant", points.Select(p => (p.Step, p.Measurement!.IrrelevantBitsMean)));
    }

    private static void Add(Dictionary<string, HclSeries> series, string metric, IEnumerable<(int Step, MeanInterval? Interval)> points)
    {
        var present = points.Where(p => p.Interval is not null).ToArray();
        if (present.Length == 0)
        {
            return;
        }
        series[metric] = new HclSeries(
            metric,
            present.Select(p => p.Step).ToArray(),
            present.Select(p => p.Interval!.Mean).ToArray(),
            present.Select(p => p.Interval!.Lower).ToArray(),
            present.Select(p => p.Interval!.Upper).ToArray());
    }
}
