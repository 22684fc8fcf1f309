namespace Memorization.Information;

/// <summary>
/// Computes <see cref="FanoBound"/>s (PAPER.md §4): I(X;M|P) ≥ I(X_S;R|P,J) ≥ Σ_b [H(x_b|P,J) − h(e_b)]
/// ≥ B·(H_bit − h(ē)) by Fano per bit and concavity of h; with an upper confidence bound ē⁺ ≥ ē, h is evaluated at
/// min(ē⁺, ½) because h increases only up to ½. The result is clipped at 0.
/// </summary>
public static class FanoBounds
{
    /// <summary>
    /// The bound from an attack's per-example bit-error fractions eᵢ ∈ [0, 1] over bᵢ attacked bits each.
    /// ē = Σ bᵢeᵢ / B with B = Σ bᵢ; ē⁺ = ē + √(ln(1/α)·Σ bᵢ² / 2) / B, the one-sided Hoeffding bound for
    /// independent summands bᵢeᵢ ∈ [0, bᵢ] (equal bᵢ: the usual ē + √(ln(1/α)/(2m))), α = 1 − confidence.
    /// Treats the examples' error fractions as independent samples (PAPER.md §4: bits within one example are
    /// correlated, examples are not counted as independent bits).
    /// </summary>
    /// <param name="errorFractions">eᵢ, one per attacked example.</param>
    /// <param name="bitCounts">bᵢ ≥ 1, the attacked bits of each example.</param>
    /// <param name="bitEntropy">H_bit ∈ [0, 1]: 1 for HCL's unfixed bits, h(p) for NSP.</param>
    /// <param name="trainingBits">n·d ≥ 1.</param>
    /// <param name="confidence">The level of ē⁺, in (0, 1), e.g. 0.95.</param>
    public static FanoBound FromExampleErrors(
        IReadOnlyList<double> errorFractions, IReadOnlyList<int> bitCounts, double bitEntropy, long trainingBits, double confidence)
    {
        ArgumentNullException.ThrowIfNull(errorFractions);
        ArgumentNullException.ThrowIfNull(bitCounts);
        if (errorFractions.Count == 0)
        {
            throw new ArgumentException("At least one attacked example is needed; pass the attack's per-example error fractions.", nameof(errorFractions));
        }
        if (bitCounts.Count != errorFractions.Count)
        {
            throw new ArgumentException(
                $"bitCounts has {bitCounts.Count} entries but errorFractions has {errorFractions.Count}; give one bit count per attacked example.",
                nameof(bitCounts));
        }
        if (confidence <= 0.0 || confidence >= 1.0 || double.IsNaN(confidence))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must lie in (0, 1), e.g. 0.95.");
        }
        long bits = 0;
        double weightedErrors = 0.0;
        double squares = 0.0;
        for (int i = 0; i < errorFractions.Count; i++)
        {
            double e = errorFractions[i];
            int b = bitCounts[i];
            if (double.IsNaN(e) || e < 0.0 || e > 1.0)
            {
                throw new ArgumentOutOfRangeException(nameof(errorFractions), e, $"Error fraction {i} must lie in [0, 1].");
            }
            if (b < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(bitCounts), b, $"Bit count {i} must be at least 1 (drop examples with no attacked bits).");
            }
            bits += b;
            weightedErrors += b * e;
            squares += (double)b * b;
        }
        double mean = weightedErrors / bits;
        double upper = Math.Min(1.0, mean + (Math.Sqrt(Math.Log(1.0 / (1.0 - confidence)) * squares / 2.0) / bits));
        string method = $"one-sided Hoeffding bound on the bit-weighted mean error over {errorFractions.Count} examples (examples independent), level {confidence}";
        return Build(bits, mean, upper, bitEntropy, trainingBits, confidence, errorFractions.Count, method);
    }

    /// <summary>
    /// The bound from an exact expected mean bit error ē (e.g. computed by enumeration on a tiny instance):
    /// max(0, B·(H_bit − h(min(ē, ½)))). <see cref="FanoBound.Confidence"/> is 1.
    /// </summary>
    public static FanoBound FromExactMeanError(long bitCount, double meanError, double bitEntropy, long trainingBits, int exampleCount)
    {
        if (bitCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bitCount), bitCount, "The number of attacked bits must be non-negative.");
        }
        if (double.IsNaN(meanError) || meanError < 0.0 || meanError > 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(meanError), meanError, "The mean bit error must lie in [0, 1].");
        }
        return Build(bitCount, meanError, meanError, bitEntropy, trainingBits, 1.0, exampleCount, "exact expected mean error");
    }

    private static FanoBound Build(
        long bits, double mean, double upper, double bitEntropy, long trainingBits, double confidence, int examples, string method)
    {
        if (double.IsNaN(bitEntropy) || bitEntropy < 0.0 || bitEntropy > 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(bitEntropy), bitEntropy, "H_bit must lie in [0, 1] (1 for HCL, h(p) for NSP).");
        }
        if (trainingBits < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(trainingBits), trainingBits, "n·d must be at least 1.");
        }
        double perBit = bitEntropy - Entropy.Binary(Math.Min(upper, 0.5));
        double value = Math.Max(0.0, bits * perBit);
        return new FanoBound(value, value / trainingBits, confidence, bits, bitEntropy, mean, upper, examples, trainingBits, method);
    }
}
