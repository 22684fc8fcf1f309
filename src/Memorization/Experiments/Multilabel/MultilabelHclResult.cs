using Memorization.Tasks;

namespace Memorization.Experiments.Multilabel;

/// <summary>What one multilabel HCL experiment measured (docs/experiments.md#multilabel-hcl-experiment).</summary>
/// <param name="Data">The data set (examples, counts, singletons, query sets, label vectors).</param>
/// <param name="Bayes">The Bayes-optimal bitwise predictor's bit errors.</param>
/// <param name="Forgetful">The forgetful predictor's (keeps subpopulations with ≥ 2 examples only).</param>
/// <param name="Model">The trained multilabel logistic regression's.</param>
/// <param name="ModelTrainBitError">Its fraction of wrong bits on its own (original) training set: an exact count, no interval.</param>
/// <param name="Sign">The sign attack on every singleton.</param>
/// <param name="CoordinateAscent">Coordinate ascent on every singleton; null when not run.</param>
/// <param name="UnfixedCounts">Each singleton's number of unfixed coordinates, in singleton order (the Fano bound's B).</param>
/// <param name="GuessingReference">(1 + ρ)/2, the match rate of a guesser who knows P.</param>
/// <param name="TrainingTime">Wall time of the training.</param>
public sealed record MultilabelHclResult(
    MultilabelHclDataSet Data,
    MultilabelBitErrors Bayes,
    MultilabelBitErrors Forgetful,
    MultilabelBitErrors Model,
    double ModelTrainBitError,
    MultilabelAttackRecovery Sign,
    MultilabelAttackRecovery? CoordinateAscent,
    int[] UnfixedCounts,
    double GuessingReference,
    TimeSpan TrainingTime)
{
    /// <summary>n·d, the denominator of the information fraction.</summary>
    public long TrainingBits => (long)Data.Parameters.TrainingSize * Data.Parameters.Dimension;
}
