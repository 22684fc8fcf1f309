using Memorization.Information;

namespace Memorization.Attacks;

/// <summary>
/// How well reconstructions match reference examples: per example, the fraction of all d bits matched and the
/// fraction of its irrelevant (unfixed) bits matched, with the means' confidence intervals.
/// </summary>
/// <param name="AllBits">Per-example fraction of the d bits matched.</param>
/// <param name="IrrelevantBits">Per-example fraction of the unfixed bits matched (examples with no unfixed bit are left out).</param>
/// <param name="AllBitsMean">Mean of <paramref name="AllBits"/> with its interval.</param>
/// <param name="IrrelevantBitsMean">Mean of <paramref name="IrrelevantBits"/> with its interval; null when no example has an unfixed bit.</param>
/// <param name="IrrelevantBitCount">B, the number of unfixed bits over all examples (for the Fano bound, docs/bounds.md#fano-bound).</param>
public sealed partial record RecoveryMeasurement(
    IReadOnlyList<double> AllBits,
    IReadOnlyList<double> IrrelevantBits,
    MeanInterval AllBitsMean,
    MeanInterval? IrrelevantBitsMean,
    long IrrelevantBitCount);
