namespace Memorization.Experiments.Hcl;

/// <summary>What the runner records at one checkpoint of one model.</summary>
/// <param name="Step">Gradient updates done.</param>
/// <param name="Loss">Full-batch training NLL (on the set the model trains on).</param>
/// <param name="TrainError">Classification error on the original training set.</param>
/// <param name="FreshError">Error on fresh i.i.d. test examples.</param>
/// <param name="RepresentedError">Error on test examples of represented subpopulations.</param>
/// <param name="SingletonError">Error on test examples of singleton subpopulations.</param>
/// <param name="Attack">Recovery, when this checkpoint was attacked.</param>
public sealed record HclCheckpoint(
    int Step, double Loss, double TrainError, double FreshError, double RepresentedError, double SingletonError, HclAttackRecord? Attack);
