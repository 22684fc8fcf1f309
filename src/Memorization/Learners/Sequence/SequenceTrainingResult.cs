namespace Memorization.Learners.Sequence;

/// <summary>The loss curve of one training run.</summary>
/// <param name="StepLosses">Mean binary cross-entropy (nats per bit) of each step's batch, before its update.</param>
/// <param name="Elapsed">Wall time of the run, checkpoint callbacks included.</param>
public sealed record SequenceTrainingResult(IReadOnlyList<double> StepLosses, TimeSpan Elapsed)
{
    /// <summary>The last step's loss (NaN when no step was taken).</summary>
    public double FinalLoss => StepLosses.Count == 0 ? double.NaN : StepLosses[^1];
}
