namespace Memorization.Experiments.Nsp;

/// <summary>Everything measured at one checkpoint of <see cref="NspExperiment"/>.</summary>
/// <param name="Step">Optimiser steps taken.</param>
/// <param name="TrainingLoss">Mean binary cross-entropy of the last step (nats per bit; NaN at step 0).</param>
/// <param name="SingletonLossBits">Mean over singleton training strings of their cross-entropy per bit, in bits (compare with h(p)).</param>
/// <param name="QueryErrors">Next-bit error of the model per query set and subpopulation count, keyed <c>name/m=0</c>, <c>name/m=1</c>, <c>name/m≥2</c> (absent when that class is empty).</param>
/// <param name="Attacks">One record per attack × target group.</param>
/// <param name="QueryMistakes">Per-query mistake flags of each query set, keyed by the set's name, in the set's order.</param>
public sealed record NspCheckpointRecord(
    int Step,
    double TrainingLoss,
    double SingletonLossBits,
    IReadOnlyDictionary<string, double> QueryErrors,
    IReadOnlyList<NspAttackRecord> Attacks,
    IReadOnlyDictionary<string, bool[]> QueryMistakes)
{
    /// <summary>The record of <paramref name="attack"/> on <paramref name="group"/>.</summary>
    public NspAttackRecord Attack(NspAttackKind attack, NspTargetGroup group) =>
        Attacks.Single(a => a.Attack == attack && a.Group == group);
}
