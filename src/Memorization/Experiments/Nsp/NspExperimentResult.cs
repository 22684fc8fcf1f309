using Memorization.Attacks;
using Memorization.Attacks.Sequence;
using Memorization.Information;

namespace Memorization.Experiments.Nsp;

/// <summary>
/// The immutable outcome of <see cref="NspExperiment.Run"/>: one record per checkpoint, and a series per
/// metric for a figure (noise-bit recovery of training singletons vs. controls against steps).
/// </summary>
/// <param name="Checkpoints">In step order, step 0 first.</param>
/// <param name="ParameterBits">The model's size in bits.</param>
/// <param name="NoiseRate">p of the instance.</param>
/// <param name="PromptLength">k of the extraction attack.</param>
/// <param name="TrainingTime">Wall time of training alone (checkpoint measurements excluded).</param>
/// <param name="TotalTime">Wall time of the whole run.</param>
public sealed record NspExperimentResult(
    IReadOnlyList<NspCheckpointRecord> Checkpoints,
    long ParameterBits,
    double NoiseRate,
    int PromptLength,
    TimeSpan TrainingTime,
    TimeSpan TotalTime)
{
    /// <summary>The steps of the checkpoints (the x axis).</summary>
    public IReadOnlyList<int> Steps => Checkpoints.Select(c => c.Step).ToArray();

    /// <summary>Training loss per checkpoint (nats per bit).</summary>
    public IReadOnlyList<double> TrainingLoss => Checkpoints.Select(c => c.TrainingLoss).ToArray();

    /// <summary>Singleton strings' loss per checkpoint (bits per bit).</summary>
    public IReadOnlyList<double> SingletonLossBits => Checkpoints.Select(c => c.SingletonLossBits).ToArray();

    /// <summary>The query-error series of <paramref name="key"/> (e.g. <c>fresh/m=1</c>); NaN where it was not measured.</summary>
    public IReadOnlyList<double> QueryError(string key) =>
        Checkpoints.Select(c => c.QueryErrors.TryGetValue(key, out double e) ? e : double.NaN).ToArray();

    /// <summary>Noise-bit recovery of <paramref name="attack"/> on <paramref name="group"/> per checkpoint (null where undefined).</summary>
    public IReadOnlyList<MeanInterval?> NoiseBitRecovery(NspAttackKind attack, NspTargetGroup group) =>
        Checkpoints.Select(c => c.Attack(attack, group).NoiseBitRecovery).ToArray();

    /// <summary>Bit accuracy of <paramref name="attack"/> on <paramref name="group"/> per checkpoint (null where undefined).</summary>
    public IReadOnlyList<MeanInterval?> BitAccuracy(NspAttackKind attack, NspTargetGroup group) =>
        Checkpoints.Select(c => c.Attack(attack, group).BitAccuracy).ToArray();

    /// <summary>The last checkpoint.</summary>
    public NspCheckpointRecord Final => Checkpoints[^1];
}
