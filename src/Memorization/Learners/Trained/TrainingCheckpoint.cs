namespace Memorization.Learners.Trained;

/// <summary>
/// What the training loop hands its checkpoint callback: the number of updates done, the full-batch training
/// loss (mean NLL on the set the model trains on) of the model as it is now, and the model itself (valid only
/// during the callback; evaluate and attack it there).
/// </summary>
/// <param name="Step">Updates done so far (0 = the initial model).</param>
/// <param name="Loss">Mean negative log-likelihood of the current model on its training set.</param>
/// <param name="Model">The model after <paramref name="Step"/> updates.</param>
public sealed record TrainingCheckpoint(int Step, double Loss, ILabelModel Model);
