using Memorization.Attacks;
using Memorization.Configuration;
using Memorization.Learners.Trained;
using Memorization.Information;

namespace Memorization.Experiments.Hcl;

/// <summary>
/// What <see cref="HclExperimentRunner"/> trains and how it attacks (docs/experiments.md#published-hcl-experiment). A null model option skips that model.
/// </summary>
/// <param name="RootSeed">Root of every stream: init (<c>init/logistic-regression</c>, <c>init/mlp</c>) and attacks
/// (<c>attack/&lt;model&gt;/step&lt;k&gt;</c>, then per target).</param>
/// <param name="LogisticRegression">Logistic-regression hyperparameters, or null to skip it.</param>
/// <param name="Mlp">MLP hyperparameters, or null to skip it.</param>
/// <param name="LogisticRegressionAttack">The attack on the logistic regression (published: the sign attack).</param>
/// <param name="MlpAttack">The attack on the MLP (published: coordinate ascent).</param>
/// <param name="InformedAttack">An optional informed attack run on both models at the last checkpoint, where the metrics read
/// it (needs FixedValues). Not at the earlier attack checkpoints: no metric or figure reads it there, and on the paper-tier
/// MLP those 20 calls were 55 % of the run's matrix-product work.</param>
/// <param name="AttackEveryCheckpoints">Attack at every k-th checkpoint (and always at the last).</param>
/// <param name="MaxRepresentedControls">How many subpopulations with ≥ 2 training examples to attack as a control (one example each, lowest rows first).</param>
/// <param name="ConfidenceLevel">Level of the recovery intervals.</param>
/// <param name="Interval">Interval method over per-example fractions.</param>
/// <param name="FigureTargets">For the figures only: at every checkpoint not attacked for the metrics, attack this many
/// singletons (a fixed random subset drawn from the stream <c>figure/targets</c>; every singleton when it is at least their
/// number) and as many represented controls, with the same per-step seeds (<c>attack/&lt;model&gt;/step&lt;k&gt;</c>: those steps
/// are not attacked otherwise, so no metric's attack changes). 0 (the default) attacks no extra checkpoint.</param>
/// <param name="MultiplicityRecovery">At the final checkpoint, also attack every subpopulation with a training example and
/// measure recovery against multiplicity (<see cref="HclAttackRecord.Multiplicity"/>; needs the data's
/// <see cref="HclExperimentData.SubpopulationFreshControls"/>). Its own seeds, so no other attack changes; off by default.</param>
public sealed record HclExperimentOptions(
    ulong RootSeed,
    LogisticRegressionOptions? LogisticRegression,
    MlpOptions? Mlp,
    ILabelModelAttack LogisticRegressionAttack,
    ILabelModelAttack MlpAttack,
    ILabelModelAttack? InformedAttack = null,
    int AttackEveryCheckpoints = 1,
    int MaxRepresentedControls = 64,
    double ConfidenceLevel = 0.95,
    IntervalMethod Interval = IntervalMethod.StudentT,
    int FigureTargets = 0,
    bool MultiplicityRecovery = false)
{
    /// <summary>The published experiment: both models with their published hyperparameters and attacks, attacked at every checkpoint.</summary>
    public static HclExperimentOptions Published(ulong rootSeed) =>
        new(rootSeed, LogisticRegressionOptions.Published, MlpOptions.Published, new SignAttack(), new CoordinateAscentAttack());

    /// <summary>Throws when a value cannot run: the message names the parameter and the fix.</summary>
    public void Validate()
    {
        LogisticRegression?.Validate();
        Mlp?.Validate();
        ArgumentNullException.ThrowIfNull(LogisticRegressionAttack);
        ArgumentNullException.ThrowIfNull(MlpAttack);
        if (AttackEveryCheckpoints < 1)
        {
            throw new InvalidParameterException(nameof(AttackEveryCheckpoints), $"{nameof(AttackEveryCheckpoints)} = {AttackEveryCheckpoints} must be ≥ 1 (1 attacks at every checkpoint).");
        }
        if (MaxRepresentedControls < 0)
        {
            throw new InvalidParameterException(nameof(MaxRepresentedControls), $"{nameof(MaxRepresentedControls)} = {MaxRepresentedControls} must be ≥ 0 (0 skips that control).");
        }
        if (FigureTargets < 0)
        {
            throw new InvalidOptionException(nameof(FigureTargets), $"{nameof(FigureTargets)} = {FigureTargets} must be ≥ 0 (0 attacks no checkpoint for the figures only).");
        }
        if (!(ConfidenceLevel > 0.0 && ConfidenceLevel < 1.0))
        {
            throw new InvalidParameterException(nameof(ConfidenceLevel), $"{nameof(ConfidenceLevel)} = {ConfidenceLevel} must be in (0, 1), e.g. 0.95.");
        }
    }
}
