using Memorization.Attacks;

namespace Memorization.Experiments.Hcl;

/// <summary>
/// Recovery at one checkpoint. The targets are every singleton training example; the fresh control compares the same
/// reconstructions with fresh examples of the same subpopulations (irrelevant-bit recovery ≈ 1/2 expected); the
/// represented control attacks subpopulations with ≥ 2 training examples and compares with one of their examples.
/// </summary>
/// <param name="Attack">The attack's name.</param>
/// <param name="Targets">Reconstructions of the singleton labels vs the singleton training examples.</param>
/// <param name="FreshControls">The same reconstructions vs fresh examples of the singleton subpopulations.</param>
/// <param name="RepresentedControls">Reconstructions of represented labels vs one of their training examples (null when skipped).</param>
/// <param name="InformedTargets">The informed attack's reconstructions of the singletons (null when not run: without an
/// informed attack, and at every checkpoint but the last).</param>
/// <param name="Elapsed">Wall time of the attacks at this checkpoint.</param>
/// <param name="TargetRows">The positions, in the singleton order, of the singletons attacked when only a subset was (a
/// figure-only attack); null when every singleton was.</param>
public sealed record HclAttackRecord(
    string Attack,
    RecoveryMeasurement Targets,
    RecoveryMeasurement FreshControls,
    RecoveryMeasurement? RepresentedControls,
    RecoveryMeasurement? InformedTargets,
    TimeSpan Elapsed,
    IReadOnlyList<int>? TargetRows = null)
{
    /// <summary>
    /// Recovery against multiplicity: the same attack on every subpopulation with a training example, compared with each of
    /// its training examples and a fresh one; measured at the final checkpoint only
    /// (null elsewhere, and unless <see cref="HclExperimentOptions.MultiplicityRecovery"/>).
    /// </summary>
    public HclMultiplicityRecovery? Multiplicity { get; init; }

    /// <summary>What the attacks computed here (for benchmarks; the multiplicity attack's call is not counted).</summary>
    public HclAttackWork Work { get; init; } = HclAttackWork.None;

    /// <summary>Whether every singleton was attacked (needed by the Fano bound, whose bit count B covers the attacked singletons).</summary>
    public bool CoversEverySingleton => TargetRows is null;
}
