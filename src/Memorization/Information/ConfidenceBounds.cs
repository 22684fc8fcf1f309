using MathNet.Numerics.Distributions;

namespace Memorization.Information;

/// <summary>
/// Confidence intervals and bounds used by every statistical assertion of the suite (docs/bounds.md#confidence-in-the-bit-error,
/// docs/engineering.md#statistical-assertions).
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
    /// An exact interval for a paired difference of two error rates on the same m queries, θ = p₁₀ − p₀₁, where p₁₀ is
    /// the chance that only the first predictor errs and p₀₁ that only the second does (concordant queries cancel):
    /// [L₁₀ − U₀₁, U₁₀ − L₀₁], each end from a two-sided Clopper–Pearson interval on the discordant counts
    /// <paramref name="firstOnly"/>/m and <paramref name="secondOnly"/>/m at level 1 − α/2 (Bonferroni: coverage ≥ γ
    /// for every joint distribution). Unlike the Wald interval on per-query differences it never collapses to a point
    /// when every query disagrees the same way.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">m &lt; 1, counts negative or summing past m, or γ outside (0, 1).</exception>
    public static (double Lower, double Upper) PairedDifference(long firstOnly, long secondOnly, long trials, double confidence)
    {
        if (firstOnly < 0 || secondOnly < 0 || firstOnly + secondOnly > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(firstOnly), firstOnly,
                $"The discordant counts ({firstOnly}, {secondOnly}) must be non-negative and sum to at most the {trials} queries.");
        }
        return BonferroniDifference(firstOnly, trials, secondOnly, trials, confidence);
    }

    /// <summary>
    /// An exact interval for the difference p₁ − p₂ of two proportions estimated on <b>independent</b> samples (e.g. one
    /// model's error on singleton queries and on other, independently drawn queries): [L₁ − U₂, U₁ − L₂], each end from
    /// a two-sided Clopper–Pearson interval on k₁/n₁ and k₂/n₂ at level 1 − α/2 (Bonferroni: both intervals cover with
    /// probability ≥ 1 − α, and then the difference's interval covers; the union bound needs no independence between the
    /// two, only that each count is a binomial sample of its own proportion). The point estimate is k₁/n₁ − k₂/n₂.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">n₁ or n₂ &lt; 1, a count outside [0, n], or γ outside (0, 1).</exception>
    public static (double Lower, double Upper) IndependentDifference(long firstSuccesses, long firstTrials, long secondSuccesses, long secondTrials, double confidence) =>
        BonferroniDifference(firstSuccesses, firstTrials, secondSuccesses, secondTrials, confidence);

    /// <summary>
    /// Bonferroni interval for the difference μ₁ − μ₂ of the means of two independent samples: [L₁ − U₂, U₁ − L₂], each
    /// end from a two-sided Student-t interval (<see cref="StudentMean"/>) at level 1 − α/2; the point estimate x̄₁ − x̄₂.
    /// Not clipped (the samples may be any real numbers).
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two samples on either side.</exception>
    public static (double Difference, double Lower, double Upper) StudentMeanDifference(IReadOnlyList<double> first, IReadOnlyList<double> second, double confidence)
    {
        CheckConfidence(confidence);
        double split = 1.0 - ((1.0 - confidence) / 2.0);
        (double mean1, double lower1, double upper1) = StudentMean(first, split);
        (double mean2, double lower2, double upper2) = StudentMean(second, split);
        return (mean1 - mean2, lower1 - upper2, upper1 - lower2);
    }

    // [L₁ − U₂, U₁ − L₂] from Clopper–Pearson intervals at 1 − α/2 each, clipped to [−1, 1].
    private static (double Lower, double Upper) BonferroniDifference(long first, long firstTrials, long second, long secondTrials, double confidence)
    {
        CheckConfidence(confidence);
        double split = 1.0 - ((1.0 - confidence) / 2.0);
        (double lower1, double upper1) = ClopperPearson(first, firstTrials, split);
        (double lower2, double upper2) = ClopperPearson(second, secondTrials, split);
        return (Math.Max(-1.0, lower1 - upper2), Math.Min(1.0, upper1 - lower2));
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

    /// <summary>
    /// One-sided Chernoff–Hoeffding (relative-entropy) upper confidence bound on the mean μ of m independent samples in
    /// [0, 1] with sample mean x̄: the largest q ≥ x̄ with m·KL(x̄ ‖ q) ≤ ln(1/α), KL the Bernoulli relative entropy.
    /// Pr[μ &gt; q] ≤ α for every distribution on [0, 1] (Hoeffding 1963, Theorem 1: the samples need not be identically
    /// distributed). By Pinsker's inequality KL(x̄ ‖ q) ≥ 2(q − x̄)², so it is never wider than
    /// <see cref="HoeffdingUpper"/>, and much narrower when x̄ is near 0 or 1 — an attack's mean bit error is.
    /// Solved by bisection to 1e-12.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">x̄ outside [0, 1], m &lt; 1, or γ outside (0, 1).</exception>
    public static double ChernoffUpper(double mean, int samples, double confidence)
    {
        if (double.IsNaN(mean) || mean < 0.0 || mean > 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "The sample mean must lie in [0, 1].");
        }
        if (samples < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(samples), samples, "At least one sample is needed for a confidence bound on the mean.");
        }
        CheckConfidence(confidence);
        double budget = Math.Log(1.0 / (1.0 - confidence)) / samples;
        if (mean >= 1.0 || BernoulliRelativeEntropy(mean, 1.0) <= budget)
        {
            return 1.0;
        }
        double low = mean;
        double high = 1.0;
        while (high - low > 1e-12)
        {
            double middle = 0.5 * (low + high);
            if (BernoulliRelativeEntropy(mean, middle) <= budget)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }
        return high;
    }

    // KL(a ‖ q) = a·ln(a/q) + (1 − a)·ln((1 − a)/(1 − q)) in nats, with 0·ln 0 = 0; +∞ at q = 1 unless a = 1.
    private static double BernoulliRelativeEntropy(double a, double q)
    {
        double first = a <= 0.0 ? 0.0 : a * Math.Log(a / q);
        double second = a >= 1.0 ? 0.0 : q >= 1.0 ? double.PositiveInfinity : (1.0 - a) * Math.Log((1.0 - a) / (1.0 - q));
        return first + second;
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

    /// <summary>
    /// Empirical-Bernstein interval for the mean μ of R i.i.d. samples in [0, 1] (Maurer &amp; Pontil 2009, Thm 4,
    /// applied to each side with δ/2): with probability ≥ 1 − δ, δ = 1 − confidence,
    /// |x̄ − μ| ≤ √(2 V ln(4/δ) / R) + 7 ln(4/δ) / (3 (R − 1)), V the sample variance; clipped to [0, 1].
    /// </summary>
    /// <remarks>
    /// Valid for every R ≥ 2, with no normal approximation: unlike the normal interval it stays honest for rare
    /// events, where every sample may be 0 and the sample variance is 0.
    /// </remarks>
    /// <exception cref="ArgumentException">Fewer than two samples, or a sample outside [0, 1].</exception>
    public static (double Mean, double Lower, double Upper) EmpiricalBernstein(IReadOnlyList<double> samples, double confidence)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count < 2)
        {
            throw new ArgumentException("At least two samples are needed for an empirical-Bernstein interval on the mean.", nameof(samples));
        }
        CheckConfidence(confidence);
        if (samples.Any(x => x is < 0.0 or > 1.0 || double.IsNaN(x)))
        {
            throw new ArgumentException("The empirical-Bernstein interval needs samples in [0, 1].", nameof(samples));
        }

        int r = samples.Count;
        double mean = samples.Average();
        double variance = samples.Sum(x => (x - mean) * (x - mean)) / (r - 1);
        double log = Math.Log(4.0 / (1.0 - confidence));
        double half = Math.Sqrt(2.0 * variance * log / r) + 7.0 * log / (3.0 * (r - 1));
        return (mean, Math.Max(0.0, mean - half), Math.Min(1.0, mean + half));
    }

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
