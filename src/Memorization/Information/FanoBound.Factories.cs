namespace Memorization.Information;

/// <summary>
/// Computes <see cref="FanoBound"/>s (docs/bounds.md#fano-bound): I(X;M|P) ≥ I(X_S;R|P,J) ≥ Σ_b [H(x_b|P,J) − h(e_b)]
/// ≥ B·(H_bit − h(ē)) by Fano per bit and concavity of h; with an upper confidence bound ē⁺ ≥ ē, h is evaluated at
/// min(ē⁺, ½) because h increases only up to ½. The result is clipped at 0.
/// </summary>
public sealed partial record FanoBound
{
    /// <summary>
    /// The bound from an attack's per-example bit-error fractions eᵢ ∈ [0, 1] over bᵢ attacked bits each.
    /// ē = Σ bᵢeᵢ / B with B = Σ bᵢ. The upper confidence bound ē⁺ is the one-sided Chernoff–Hoeffding
    /// (relative-entropy) bound of <see cref="ConfidenceBounds.ChernoffUpper"/> on the m independent summands
    /// Yᵢ = bᵢeᵢ / b_max ∈ [0, 1], rescaled: ē⁺ = q⁺·m·b_max / B (equal bᵢ: the bound on the mean of the eᵢ itself),
    /// α = 1 − confidence. Attacks that work have ē near 0, where this bound is several times tighter than the additive
    /// Hoeffding bound ē + √(ln(1/α)/(2m)) (never looser, by Pinsker's inequality). Treats the examples' error fractions
    /// as independent samples (docs/bounds.md#confidence-in-the-bit-error: bits within one example are correlated, examples are not counted as
    /// independent bits).
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
        int widest = 0;
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
            widest = Math.Max(widest, b);
        }
        double mean = weightedErrors / bits;
        int m = errorFractions.Count;
        double scale = (double)m * widest / bits;
        double upper = Math.Min(1.0, ConfidenceBounds.ChernoffUpper(Math.Min(1.0, mean / scale), m, confidence) * scale);
        string method = $"one-sided Chernoff–Hoeffding (relative-entropy) bound on the bit-weighted mean error over {m} examples (examples independent), level {confidence}";
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

    /// <summary>
    /// The <b>block</b> Fano bound from exact recoveries: each of m attacked examples has b scored bits of entropy
    /// H_bit each (independent given P, J and what the attack is given, e.g. an extraction prompt), and the attack
    /// recovers all b bits of an example, or fails. Fano for the whole block, H(x | R) ≤ h(Pₑ) + Pₑ·log₂(2ᵇ − 1)
    /// ≤ h(Pₑ) + Pₑ·b, summed over independent examples, gives
    /// I(X;M|P) ≥ m·(b·H_bit − h(min(Pₑ⁺, ½)) − Pₑ⁺·b),
    /// with Pₑ⁺ the one-sided Clopper–Pearson upper bound on the failure probability (exact for the m examples as
    /// independent trials). Where the per-bit bound needs ē⁺ &lt; p — hundreds of examples at a strict level when
    /// p is small — this one needs only Pₑ⁺ &lt; H_bit, so it is positive from a few dozen verbatim recoveries.
    /// Both are lower bounds on the same information (docs/bounds.md#fano-bound); the per-bit one uses partial recoveries too.
    /// </summary>
    /// <param name="failures">Examples not recovered exactly (0 ≤ failures ≤ examples).</param>
    /// <param name="examples">m ≥ 1.</param>
    /// <param name="bitsPerExample">b ≥ 1, the scored bits of each example.</param>
    /// <param name="bitEntropy">H_bit ∈ [0, 1] (NSP: h(p)).</param>
    /// <param name="trainingBits">n·d ≥ 1.</param>
    /// <param name="confidence">The one-sided level of Pₑ⁺, in (0, 1).</param>
    public static FanoBound FromExactRecoveries(int failures, int examples, int bitsPerExample, double bitEntropy, long trainingBits, double confidence)
    {
        if (examples < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(examples), examples, "At least one attacked example is needed.");
        }
        if (failures < 0 || failures > examples)
        {
            throw new ArgumentOutOfRangeException(nameof(failures), failures, $"The number of failed recoveries must lie in [0, {examples}].");
        }
        if (bitsPerExample < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(bitsPerExample), bitsPerExample, "Each example needs at least one scored bit.");
        }
        if (!(confidence > 0.5 && confidence < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The one-sided confidence level must lie in (0.5, 1), e.g. 0.95.");
        }
        CheckScale(bitEntropy, trainingBits);
        // One-sided Clopper–Pearson: the two-sided interval at level 1 − 2α has the one-sided upper end at level 1 − α.
        double upper = ConfidenceBounds.ClopperPearson(failures, examples, 1.0 - (2.0 * (1.0 - confidence))).Upper;
        double value = BlockBits(examples, bitsPerExample, bitEntropy, upper);
        long bits = (long)examples * bitsPerExample;
        string method = $"block Fano over {examples} examples of {bitsPerExample} bits; one-sided Clopper–Pearson bound on the failure rate, level {confidence}";
        return new FanoBound(value, value / trainingBits, confidence, bits, bitEntropy, (double)failures / examples, upper, examples, trainingBits, method);
    }

    private static FanoBound Build(
        long bits, double mean, double upper, double bitEntropy, long trainingBits, double confidence, int examples, string method)
    {
        CheckScale(bitEntropy, trainingBits);
        double value = BitwiseBits(bits, bitEntropy, upper);
        return new FanoBound(value, value / trainingBits, confidence, bits, bitEntropy, mean, upper, examples, trainingBits, method);
    }

    /// <summary>
    /// The per-bit bound at a mean bit error e: max(0, B·(H_bit − h(min(e, ½)))) — h rises only up to ½, so an error
    /// above ½ counts as ½.
    /// </summary>
    public static double BitwiseBits(double bitCount, double bitEntropy, double meanError) =>
        Math.Max(0.0, bitCount * (bitEntropy - Entropy.Binary(Math.Min(meanError, 0.5))));

    /// <summary>The block bound at a failure rate P: max(0, m·(b·H_bit − h(min(P, ½)) − P·b)).</summary>
    public static double BlockBits(int examples, double bitsPerExample, double bitEntropy, double failureRate) =>
        Math.Max(0.0, examples * ((bitsPerExample * bitEntropy) - Entropy.Binary(Math.Min(failureRate, 0.5)) - (failureRate * bitsPerExample)));

    private static void CheckScale(double bitEntropy, long trainingBits)
    {
        if (double.IsNaN(bitEntropy) || bitEntropy < 0.0 || bitEntropy > 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(bitEntropy), bitEntropy, "H_bit must lie in [0, 1] (1 for HCL, h(p) for NSP).");
        }
        if (trainingBits < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(trainingBits), trainingBits, "n·d must be at least 1.");
        }
    }
}
