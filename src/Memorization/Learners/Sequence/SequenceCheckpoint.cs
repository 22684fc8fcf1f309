namespace Memorization.Learners.Sequence;

/// <summary>What the trainer reports at a checkpoint; the model is in its state after <paramref name="Step"/> steps.</summary>
/// <param name="Step">Optimiser steps taken so far (0 = before training).</param>
/// <param name="TrainingLoss">Mean binary cross-entropy (nats per bit) of the last step's batch, before that step's update (NaN at step 0).</param>
/// <param name="Model">The model being trained (read it under <c>torch.no_grad()</c>; do not dispose it).</param>
public sealed record SequenceCheckpoint(int Step, double TrainingLoss, SequenceModel Model);
