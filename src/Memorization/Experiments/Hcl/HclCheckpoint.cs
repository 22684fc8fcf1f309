namespace Memorization.Experiments.Hcl;

/// <summary>What the runner records at one checkpoint of one model.</summary>
/// <param name="Step">Gradient updates done.</param>
/// <param name="Loss">Full-batch training NLL (on the set the model trains on).</param>
/// <param name="TrainError">Classification error on the original training set.</param>
/// <param name="FreshError">Error on fresh i.i.d. test examples.</param>
/// <param name="RepresentedError">Error on test examples of represented subpopulations.</param>
/// <param name="SingletonError">Error on test examples of singleton subpopulations.</param>
/// <param name="Attack">Recovery, when this checkpoint was attacked for the metrics.</param>
/// <param name="FigureAttack">Recovery measured for the figures only (<see cref="HclExperimentOptions.FigureTargets"/>), at a
/// checkpoint not attacked for the metrics: no metric reads it, so attacking more checkpoints changes no metric.</param>
/// <param name="SingletonMistakes">At the final checkpoint only: the per-query mistakes on the singleton test queries
/// (<see cref="SingletonError"/> is their mean), so an excess error over Bayes-optimal can be paired query by query.</param>
public sealed record HclCheckpoint(
    int Step, double Loss, double TrainError, double FreshError, double RepresentedError, double SingletonError, HclAttackRecord? Attack,
    HclAttackRecord? FigureAttack = null, bool[]? SingletonMistakes = null)
{
    /// <summary>The recovery a figure draws at this checkpoint: the metrics' attack, else the figure-only one, else null.</summary>
    public HclAttackRecord? Recovery => Attack ?? FigureAttack;
}
