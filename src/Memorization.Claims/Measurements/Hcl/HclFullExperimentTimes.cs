namespace Memorization.Claims.Measurements.Hcl;

/// <summary>
/// One end-to-end run of the HCL experiment as the claims run it (<see cref="HclFullExperimentTiming"/>), split into
/// stages whose wall times add up to <see cref="Total"/> (up to the few milliseconds between them).
/// </summary>
/// <param name="Stages">In order: the logistic regression's whole run (data, training, attacks at every checkpoint,
/// the multiplicity attack, Bayes yardstick); the MLP's training (updates and the trainer's loss at each checkpoint); its
/// checkpoints (attacks for the metrics and for the figures, controls, informed attack, error evaluations); the rest of the
/// MLP's run (data, tensors, Bayes yardstick).</param>
/// <param name="Total">Both models, end to end.</param>
/// <param name="Singletons">Singletons attacked at each checkpoint.</param>
/// <param name="LrCheckpoints">Checkpoints of the logistic regression.</param>
/// <param name="MlpCheckpoints">Checkpoints of the MLP.</param>
/// <param name="MlpSteps">MLP updates.</param>
/// <param name="MlpMetricAttackS">Wall time of the MLP's attacks for the metrics (part of the checkpoints' stage).</param>
/// <param name="MlpFigureAttackS">Wall time of the MLP's figure-only attacks (part of the checkpoints' stage).</param>
/// <param name="MlpStepFlops">Matrix-product flops of one MLP update at this setup's shapes.</param>
/// <param name="MlpCoordinateAscentFlops">Matrix-product flops of every coordinate-ascent call on the MLP (metric and
/// figure-only, targets and controls), counted from their sweeps (<see cref="Memorization.Experiments.Hcl.HclMatrixProducts.CoordinateAscentFlops"/>).</param>
/// <param name="MlpInformedFlops">Matrix-product flops of the informed attack on the MLP (<see cref="Memorization.Experiments.Hcl.HclMatrixProducts.InformedMlpFlops"/>).</param>
/// <param name="MlpInformedS">Wall time of the informed attack on the MLP (part of <paramref name="MlpMetricAttackS"/>).</param>
public sealed record HclFullExperimentTimes(
    IReadOnlyList<HclStageTime> Stages,
    HclStageTime Total,
    int Singletons,
    int LrCheckpoints,
    int MlpCheckpoints,
    int MlpSteps,
    double MlpMetricAttackS,
    double MlpFigureAttackS,
    double MlpStepFlops,
    double MlpCoordinateAscentFlops,
    double MlpInformedFlops,
    double MlpInformedS)
{
    /// <summary>Stage name of the logistic regression's whole run.</summary>
    public const string LogisticRegression = "logistic regression (training, attacks, yardsticks)";

    /// <summary>Stage name of the MLP's updates.</summary>
    public const string MlpTraining = "mlp training";

    /// <summary>Stage name of the MLP's checkpoints.</summary>
    public const string MlpCheckpointWork = "mlp checkpoints (attacks, evaluations)";

    /// <summary>Stage name of the rest of the MLP's run.</summary>
    public const string MlpRest = "mlp data and yardsticks";

    /// <summary>The stage named <paramref name="stage"/>.</summary>
    public HclStageTime Stage(string stage) => Stages.Single(s => s.Stage == stage);

    /// <summary>The MLP's training rate in matrix-product GFLOP/s: updates × flops per update ÷ the training stage's wall
    /// time (which also holds the trainer's loss evaluation at each checkpoint, one forward pass each).</summary>
    public double MlpStepGflops => MlpSteps * MlpStepFlops / Stage(MlpTraining).WallS / 1e9;

    /// <summary>The MLP's counted matrix-product work: its updates, coordinate ascent and the informed attack (the error
    /// evaluations, element-wise work and the data are left out, so this undercounts).</summary>
    public double MlpCountedFlops => (MlpSteps * MlpStepFlops) + MlpCoordinateAscentFlops + MlpInformedFlops;

    /// <summary>Wall time of coordinate ascent on the MLP: the attacks' time less the informed attack's.</summary>
    public double MlpCoordinateAscentS => MlpMetricAttackS + MlpFigureAttackS - MlpInformedS;
}
