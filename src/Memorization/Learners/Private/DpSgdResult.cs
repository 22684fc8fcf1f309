using Memorization.Learners.Trained;

namespace Memorization.Learners.Private;

/// <summary>A model trained with DP-SGD (the caller disposes it) and how it was trained.</summary>
/// <param name="Model">The trained model, in evaluation mode.</param>
/// <param name="Options">The options it was trained with (its privacy: <see cref="DpSgdOptions.Guarantee"/>).</param>
/// <param name="MeanBatchSize">The realised mean Poisson batch size (q·n in expectation).</param>
/// <param name="TrainingTime">Wall time of the training.</param>
public sealed record DpSgdResult(TrainedLabelModel Model, DpSgdOptions Options, double MeanBatchSize, TimeSpan TrainingTime);
