namespace Memorization.Information;

/// <summary>
/// Exact information quantities of a deterministic learner on one tiny instance P (docs/bounds.md#exact-information), by enumerating every
/// training set X given P with its probability.
/// </summary>
/// <param name="ModelInformation">I(X;M|P=P) = H(M|P=P) in bits, M the learner's full prediction table (a function of the model).</param>
/// <param name="DataEntropy">H(X|P=P) in bits, X the labeled training set (examples and their subpopulations, in order).</param>
/// <param name="FanoBound">The bound E_J[max(0, B(J)·(H_bit − h(min(ē_J, ½))))] from the given table-reading attack with exact
/// expected errors ē_J per assignment J (0 when no attack was given); it must not exceed <paramref name="ModelInformation"/>.</param>
/// <param name="MeanAttackError">The attack's mean bit error over the attacked bits (weighted by Pr[J]·B(J)); NaN without attack or singletons.</param>
/// <param name="TrainingSets">How many training sets were enumerated.</param>
/// <param name="DistinctModels">How many distinct prediction tables occurred.</param>
/// <param name="TrainingBits">n·d.</param>
public sealed record ExactInformation(
    double ModelInformation,
    double DataEntropy,
    double FanoBound,
    double MeanAttackError,
    long TrainingSets,
    int DistinctModels,
    long TrainingBits);
