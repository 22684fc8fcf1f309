using MathNet.Numerics.Distributions;

namespace Memorization.Information;

/// <summary>
/// Confidence intervals and bounds used by every statistical assertion of the suite (PAPER.md §4, DESIGN.md
/// "Statistical assertions").
/// </summary>
public static class ConfidenceBounds
{
    /// <summary>
    /// The two-sided Clopper–Pearson interval for a binomial proportion k/n at level γ = <paramref name="confidence"/>:
    /// lower = B⁻¹(α/2; k, n−k+1) (0 when k = 0), upper = B⁻¹(1−α/2; k+1, n−k) (1 when k = n), with α = 1 − γ and
    /// B⁻¹ the Beta inverse CDF (MathNet). Coverage ≥ γ for every true proportion.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">n &lt; 1, k outside [0, n], or γ outside (0, 1).</exception>
    public static (double Lower, double Upper) ClopperPearson(long successes, long trials, double confidence)
    {
        if (trials < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(trials), trials, "The number of trials must be at least 1.");
        }
        if (successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"The number of successes must lie in [0, {trials}].");
        }
        CheckConfidence(confidence);
        double alpha = 1.0 - confidence;
        double lower = successes == 0 ? 0.0 : Beta.InvCDF(successes, trials - successes + 1, alpha / 2.0);
        double upper = successes == trials ? 1.0 : Beta.InvCDF(successes + 1, trials - successes, 1.0 - (alpha / 2.0));
        return (lower, upper);
    }

    /// <summary>
    /// One-sided Hoeffding upper confidence bound on the mean of i.i.d. samples in [0, 1]:
    /// ū = x̄ + √(ln(1/α) / (2m)), clipped at 1, where m is the number of samples and α = 1 − γ.
    /// Pr[μ &gt; ū] ≤ α for every distribution on [0, 1] (Hoeffding 1963). Used for the mean bit error ē of an
    /// attack with the per-example error fractions as the samples, since bits of one example are correlated.
    /// </summary>
    /// <exception cref="ArgumentException">No samples, or a sample outside [0, 1].</exception>
    public static double HoeffdingUpper(IReadOnlyList<double> samples, double confidence)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            throw new ArgumentException("At least one sample is needed for a confidence bound on the mean.", nameof(samples));
        }
        CheckConfidence(confidence);
        double sum = 0.0;
        foreach (double x in samples)
        {
            if (double.IsNaN(x) || x < 0.0 || x > 1.0)
            {
                throw new ArgumentException($"Samples must lie in [0, 1]; got {x}.", nameof(samples));
            }
            sum += x;
        }
        double mean = sum / samples.Count;
        return Math.Min(1.0, mean + HoeffdingHalfWidth(samples.Count, 1.0 - confidence));
    }

    /// <summary>The one-sided Hoeffding margin √(ln(1/α) / (2m)) for m samples in [0, 1].</summary>
    public static double HoeffdingHalfWidth(int samples, double alpha) => Math.Sqrt(Math.Log(1.0 / alpha) / (2.0 * samples));

    /// <summary>
    /// Two-sided normal-approximation (Wald) interval x̄ ± z₍₁₋α/2₎·s/√m for the mean of m samples, s the sample
    /// standard deviation (m − 1 denominator). An approximation: used for means of paired differences and over
    /// instances, where exact intervals do not apply.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two samples.</exception>
    public static (double Mean, double Lower, double Upper) NormalMean(IReadOnlyList<double> samples, double confidence) =>
        SymmetricMean(samples, confidence, "a normal", upperTail => Normal.InvCDF(0.0, 1.0, upperTail));

    /// <summary>
    /// Two-sided Student-t interval x̄ ± t₍m−1, 1−α/2₎·s/√m for the mean of m samples (used over sampled instances P,
    /// which are few).
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two samples.</exception>
    public static (double Mean, double Lower, double Upper) StudentMean(IReadOnlyList<double> samples, double confidence) =>
        SymmetricMean(samples, confidence, "a t", upperTail => StudentT.InvCDF(0.0, 1.0, samples.Count - 1, upperTail));

    // x̄ ± c·s/√m with c = criticalValue(1 − α/2): the normal and Student-t intervals differ only in c.
    private static (double Mean, double Lower, double Upper) SymmetricMean(
        IReadOnlyList<double> samples, double confidence, string kind, Func<double, double> criticalValue)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count < 2)
        {
            throw new ArgumentException($"At least two samples are needed for {kind} interval on the mean.", nameof(samples));
        }
        CheckConfidence(confidence);
        double mean = samples.Average();
        double variance = samples.Sum(x => (x - mean) * (x - mean)) / (samples.Count - 1);
        double half = criticalValue(1.0 - ((1.0 - confidence) / 2.0)) * Math.Sqrt(variance / samples.Count);
        return (mean, mean - half, mean + half);
    }

    private static void CheckConfidence(double confidence)
    {
        if (double.IsNaN(confidence) || confidence <= 0.0 || confidence >= 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must lie in (0, 1), e.g. 0.95.");
        }
    }
}
