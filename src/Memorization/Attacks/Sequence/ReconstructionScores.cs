using Memorization.Attacks;
using Memorization.Learners.Sequence;
using static TorchSharp.torch;
using Memorization.Information;

namespace Memorization.Attacks.Sequence;

/// <summary>
/// Per-target scores of a reconstruction attack on next-symbol-prediction strings (docs/attacks.md#recovery). For target i,
/// over the scored positions t ≥ k (k = the prompt length; 0 for attacks without a prompt):
/// the bits, the bit errors (x̂_t ≠ x_t), the noise bits (x_t ≠ c_t, the irrelevant bits), the noise bits
/// recovered (x̂_t = x_t there), the clean bits (x_t = c_t) and the clean bits on which the guess leaves
/// the centre (x̂_t ≠ c_t).
/// </summary>
/// <remarks>
/// Fano-ready: <see cref="BitErrors"/> / <see cref="Bits"/> are the per-example error fractions and bit
/// counts from which I(X; M | P) ≥ B·(h(p) − h(ē)) is computed. On a string the model never saw, the guess
/// at t is independent of whether t is a noise bit, so the chance level of noise-bit recovery is the
/// guess's rate of leaving the centre, which <see cref="CentreDepartureRate"/> measures on the clean bits —
/// close to 0 for a model that learned the centres, not 1/2.
/// </remarks>
public sealed record ReconstructionScores(
    int FirstScoredPosition,
    IReadOnlyList<int> Bits,
    IReadOnlyList<int> BitErrors,
    IReadOnlyList<int> NoiseBits,
    IReadOnlyList<int> NoiseBitsRecovered,
    IReadOnlyList<int> CleanBits,
    IReadOnlyList<int> CleanBitsOffCentre)
{
    /// <summary>The number of targets.</summary>
    public int Count => Bits.Count;

    /// <summary>Per-target bit error fraction over the scored positions.</summary>
    public IReadOnlyList<double> ErrorFractions => Bits.Select((b, i) => b == 0 ? 0.0 : (double)BitErrors[i] / b).ToArray();

    /// <summary>Mean bit accuracy (per-target fractions averaged) with its interval.</summary>
    public MeanInterval BitAccuracy(double confidence = 0.99, IntervalMethod method = IntervalMethod.Hoeffding) =>
        MeanInterval.Of(Bits.Select((b, i) => b == 0 ? 1.0 : 1.0 - (double)BitErrors[i] / b).ToArray(), confidence, method);

    /// <summary>Mean noise-bit recovery over the targets that have at least one scored noise bit.</summary>
    public MeanInterval NoiseBitRecovery(double confidence = 0.99, IntervalMethod method = IntervalMethod.Hoeffding) =>
        MeanInterval.Of(Fractions(NoiseBitsRecovered, NoiseBits), confidence, method);

    /// <summary>Mean rate of leaving the centre on clean bits (the chance level of noise-bit recovery on unseen strings).</summary>
    public MeanInterval CentreDepartureRate(double confidence = 0.99, IntervalMethod method = IntervalMethod.Hoeffding) =>
        MeanInterval.Of(Fractions(CleanBitsOffCentre, CleanBits), confidence, method);

    /// <summary>Scores <paramref name="reconstructions"/> against <paramref name="targets"/> and their subpopulations' <paramref name="centres"/> (all [m, d] bits, row by row).</summary>
    public static ReconstructionScores Compute(Tensor reconstructions, Tensor targets, Tensor centres, int firstScoredPosition)
    {
        ArgumentNullException.ThrowIfNull(targets);
        int length = (int)targets.shape[^1];
        NspTensorChecks.RequireStrings(targets, length, nameof(targets));
        NspTensorChecks.RequireStrings(reconstructions, length, nameof(reconstructions));
        NspTensorChecks.RequireStrings(centres, length, nameof(centres));
        NspTensorChecks.RequireRows(reconstructions, targets.shape[0], nameof(reconstructions), nameof(targets));
        NspTensorChecks.RequireRows(centres, targets.shape[0], nameof(centres), nameof(targets));
        if (firstScoredPosition < 0 || firstScoredPosition > length)
        {
            throw new ArgumentOutOfRangeException(nameof(firstScoredPosition), firstScoredPosition, $"The first scored position must lie in 0..d = 0..{length} (the prompt length k).");
        }

        using var scope = NewDisposeScope();
        int scored = length - firstScoredPosition;
        Tensor x = targets.cpu().narrow(1, firstScoredPosition, scored);
        Tensor guess = reconstructions.cpu().narrow(1, firstScoredPosition, scored);
        Tensor c = centres.cpu().narrow(1, firstScoredPosition, scored);
        Tensor noise = x.ne(c);
        Tensor wrong = guess.ne(x);
        Tensor offCentre = guess.ne(c);

        int[] RowSums(Tensor mask) => mask.to(int32).sum([1], type: int32).data<int>().ToArray();
        int rows = (int)targets.shape[0];
        return new ReconstructionScores(
            firstScoredPosition,
            Enumerable.Repeat(scored, rows).ToArray(),
            RowSums(wrong),
            RowSums(noise),
            RowSums(noise & wrong.logical_not()),
            RowSums(noise.logical_not()),
            RowSums(noise.logical_not() & offCentre));
    }

    private static double[] Fractions(IReadOnlyList<int> numerators, IReadOnlyList<int> denominators) =>
        denominators.Select((den, i) => (den, i)).Where(p => p.den > 0).Select(p => (double)numerators[p.i] / p.den).ToArray();
}
