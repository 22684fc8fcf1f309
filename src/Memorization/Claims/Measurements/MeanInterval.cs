using MathNet.Numerics.Distributions;

namespace Memorization.Claims.Measurements;

/// <summary>
/// Normal (CLT) confidence interval for the mean of R i.i.d. samples:
/// x̄ ± z_{(1+c)/2} · s / √R, with s the sample standard deviation (Bessel-corrected).
/// </summary>
/// <remarks>
/// Used where each sample is a per-replicate (or per-example) fraction, so that correlation inside one
/// replicate does not matter (PAPER.md §4: treat the per-example fractions as the i.i.d. samples).
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

        double mean = samples.Average();
        double variance = samples.Sum(x => (x - mean) * (x - mean)) / (samples.Count - 1);
        double z = Normal.InvCDF(0.0, 1.0, 0.5 + confidence / 2.0);
        double half = z * Math.Sqrt(variance / samples.Count);
        return new MetricValue(name, mean, mean - half, mean + half, confidence, samples.Count);
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
