using Memorization.Attacks;
using Memorization.Attacks.Sequence;
using Memorization.Experiments.Nsp;
using Memorization.Information;

namespace Memorization.Claims.Measurements.Nsp;

/// <summary>
/// Claim metrics from the NSP experiment's attack records (docs/bounds.md), with the interval that fits each group:
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Training strings</b> (singletons, repeated): the model is a function of the very bits scored, so bits of one
/// string are correlated; the per-string fractions are the samples (one-sided-valid Hoeffding, docs/bounds.md#confidence-in-the-bit-error).</item>
/// <item><b>Fresh controls</b>: drawn after training, independent of the model; given the model and the prompt, the
/// scored bits c_t ⊕ e′_t are independent, so every scored bit is a Bernoulli trial and Clopper–Pearson over bits is
/// valid (conservative for unequal success probabilities).</item>
/// <item><b>Verbatim recovery</b> (every scored bit right): one Bernoulli trial per string, Clopper–Pearson.</item>
/// </list>
/// </remarks>
public static class NspMetrics
{
    /// <summary>Noise-bit recovery of a group of training strings: mean of per-string fractions, Hoeffding.</summary>
    public static MetricValue TrainingNoiseRecovery(string name, ReconstructionScores scores, double confidence) =>
        FromInterval(name, scores.NoiseBitRecovery(confidence, IntervalMethod.Hoeffding));

    /// <summary>Noise-bit recovery of fresh controls: recovered / noise bits over all controls, Clopper–Pearson over bits.</summary>
    public static MetricValue ControlNoiseRecovery(string name, ReconstructionScores scores, double confidence) =>
        BitRate(name, scores.NoiseBitsRecovered.Sum(), scores.NoiseBits.Sum(), confidence);

    /// <summary>Bit accuracy of a group of training strings over the scored positions: per-string fractions, Hoeffding.</summary>
    public static MetricValue TrainingBitAccuracy(string name, ReconstructionScores scores, double confidence) =>
        FromInterval(name, scores.BitAccuracy(confidence, IntervalMethod.Hoeffding));

    /// <summary>Bit accuracy of fresh controls: correct / scored bits over all controls, Clopper–Pearson over bits.</summary>
    public static MetricValue ControlBitAccuracy(string name, ReconstructionScores scores, double confidence) =>
        BitRate(name, scores.Bits.Sum() - scores.BitErrors.Sum(), scores.Bits.Sum(), confidence);

    /// <summary>The fraction of strings recovered verbatim (every scored bit right), Clopper–Pearson over strings.</summary>
    public static MetricValue VerbatimRate(string name, ReconstructionScores scores, double confidence) =>
        BitRate(name, scores.BitErrors.Count(e => e == 0), scores.Count, confidence);

    /// <summary>
    /// The block Fano bound from the verbatim recoveries of the singleton training strings (scored bits only),
    /// with H_bit = h(p): see <see cref="FanoBound.FromExactRecoveries"/>.
    /// </summary>
    public static FanoBound BlockBound(NspAttackRecord singletons, double noiseRate, long trainingBits, double confidence)
    {
        ReconstructionScores s = singletons.Scores;
        return FanoBound.FromExactRecoveries(s.BitErrors.Count(e => e > 0), s.Count, s.Bits[0], Entropy.Binary(noiseRate), trainingBits, confidence);
    }

    /// <summary>
    /// The per-bit Fano bound of docs/bounds.md#fano-bound from the singleton training strings' error fractions:
    /// B·(h(p) − h(ē⁺)), ē⁺ one-sided Chernoff–Hoeffding over strings. Positive only when ē⁺ &lt; p.
    /// </summary>
    public static FanoBound BitwiseBound(NspAttackRecord singletons, double noiseRate, long trainingBits, double confidence)
    {
        ReconstructionScores s = singletons.Scores;
        return FanoBound.FromExampleErrors(s.ErrorFractions, s.Bits, Entropy.Binary(noiseRate), trainingBits, confidence);
    }

    /// <summary>
    /// The block bound as a fraction of n·d·h(p), the entropy of the whole training set given P and J: the lower end is
    /// the bound (at the upper confidence bound of the failure rate), the value the same formula at the observed rate.
    /// </summary>
    public static MetricValue BlockBoundFraction(string name, FanoBound bound) =>
        Fraction(name, bound, FanoBound.BlockBits(bound.ExampleCount, (double)bound.BitCount / bound.ExampleCount, bound.BitEntropy, bound.MeanError));

    /// <summary>The per-bit bound as a fraction of n·d·h(p): lower end at ē⁺, value at the observed ē.</summary>
    public static MetricValue BitwiseBoundFraction(string name, FanoBound bound) =>
        Fraction(name, bound, FanoBound.BitwiseBits(bound.BitCount, bound.BitEntropy, bound.MeanError));

    private static MetricValue Fraction(string name, FanoBound bound, double pointBits)
    {
        double scale = bound.TrainingBits * bound.BitEntropy;
        return new MetricValue(name, pointBits / scale, bound.Bits / scale, Math.Max(pointBits, bound.Bits) / scale, bound.Confidence, bound.ExampleCount);
    }

    private static MetricValue FromInterval(string name, MeanInterval interval) =>
        new(name, interval.Mean, interval.Lower, interval.Upper, interval.Level, interval.Count);

    /// <summary>successes / trials with its Clopper–Pearson interval (independent trials).</summary>
    public static MetricValue BitRate(string name, long successes, long trials, double confidence)
    {
        (double lower, double upper) = ConfidenceBounds.ClopperPearson(successes, trials, confidence);
        return new MetricValue(name, (double)successes / trials, lower, upper, confidence, trials);
    }
}
