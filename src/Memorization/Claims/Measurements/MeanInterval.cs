using MathNet.Numerics.Distributions;

namespace Memorization.Claims.Measurements;

/// <summary>
/// Claim metrics that are means of i.i.d. samples, with their confidence intervals. <see cref="Of"/>: normal (CLT)
/// interval x̄ ± z_{(1+c)/2} · s / √R (s Bessel-corrected, computed by <see cref="Information.ConfidenceBounds.NormalMean"/>);
/// <see cref="EmpiricalBernstein"/>: a finite-sample bound for samples in [0, 1].
/// </summary>
/// <remarks>
/// Used where each sample is a per-replicate (or per-example) fraction, so that correlation inside one
/// replicate does not matter (docs/bounds.md#confidence-in-the-bit-error: treat the per-example fractions as the i.i.d. samples).
/// The CLT statement needs enough samples: fewer than <see cref="MinimumSamples"/> is refused.
/// </remarks>
public static class MeanInterval
{
    /// <summary>The least number of samples for which the normal approximation is used.</summary>
    public const int MinimumSamples = 30;

    /// <summary>The metric <paramref name="name"/> as the mean of <paramref name="samples"/> with its interval at <paramref name="confidence"/>.</summary>
    /// <exception cref="ArgumentException">Fewer than <see cref="MinimumSamples"/> samples, or a confidence outside (0, 1).</exception>
    public static MetricValue Of(string name, IReadOnlyList<double> samples, double confidence)
    {
        if (samples.Count < MinimumSamples)
        {
            throw new ArgumentException($"{name}: {samples.Count} samples are too few for a normal interval; use at least {MinimumSamples} (raise the replicate count).", nameof(samples));
        }

        if (confidence is <= 0.0 or >= 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "A confidence level lies strictly between 0 and 1.");
        }

        (double mean, double lower, double upper) = Information.ConfidenceBounds.NormalMean(samples, confidence);
        return new MetricValue(name, mean, lower, upper, confidence, samples.Count);
    }

    /// <summary>
    /// Empirical-Bernstein interval for the mean μ of R i.i.d. samples in [0, 1] (Maurer &amp; Pontil 2009, Thm 4,
    /// applied to each side with δ/2): with probability ≥ 1 − δ, δ = 1 − confidence,
    /// |x̄ − μ| ≤ √(2 V ln(4/δ) / R) + 7 ln(4/δ) / (3 (R − 1)), V the sample variance; clipped to [0, 1].
    /// </summary>
    /// <remarks>
    /// Valid for every R, with no normal approximation: unlike the CLT interval it stays honest for rare
    /// events, where every replicate may show 0 and the sample variance is 0 (found by SingletonFractionProperties).
    /// </remarks>
    /// <exception cref="ArgumentException">Fewer than <see cref="MinimumSamples"/> samples, a sample outside [0, 1], or a confidence outside (0, 1).</exception>
    public static MetricValue EmpiricalBernstein(string name, IReadOnlyList<double> samples, double confidence)
    {
        if (samples.Count < MinimumSamples)
        {
            throw new ArgumentException($"{name}: {samples.Count} samples are too few; use at least {MinimumSamples} (raise the replicate count).", nameof(samples));
        }

        if (confidence is <= 0.0 or >= 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "A confidence level lies strictly between 0 and 1.");
        }

        if (samples.Any(x => x is < 0.0 or > 1.0 || double.IsNaN(x)))
        {
            throw new ArgumentException($"{name}: the empirical-Bernstein interval needs samples in [0, 1].", nameof(samples));
        }

        int r = samples.Count;
        double mean = samples.Average();
        double variance = samples.Sum(x => (x - mean) * (x - mean)) / (r - 1);
        double log = Math.Log(4.0 / (1.0 - confidence));
        double half = Math.Sqrt(2.0 * variance * log / r) + 7.0 * log / (3.0 * (r - 1));
        return new MetricValue(name, mean, Math.Max(0.0, mean - half), Math.Min(1.0, mean + half), confidence, r);
    }

    /// <summary>
    /// |X − target| from an interval for X: value |x̄ − t|, upper bound max(|L − t|, |U − t|), lower bound 0
    /// when t ∈ [L, U], else the distance from t to the interval. Same level and sample size.
    /// </summary>
    public static MetricValue AbsoluteGap(string name, MetricValue estimate, double target)
    {
        double upper = Math.Max(Math.Abs(estimate.Lower - target), Math.Abs(estimate.Upper - target));
        double lower = target >= estimate.Lower && target <= estimate.Upper
            ? 0.0
            : Math.Min(Math.Abs(estimate.Lower - target), Math.Abs(estimate.Upper - target));
        return new MetricValue(name, Math.Abs(estimate.Value - target), lower, upper, estimate.Confidence, estimate.SampleSize);
    }
}
