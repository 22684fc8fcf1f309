using Memorization.Evaluation;
using Memorization.Information;

namespace Memorization.Claims.Measurements;

/// <summary>
/// Claim metrics with intervals, shared by every task: error rates (Clopper–Pearson over queries), paired
/// differences of two predictors' mistakes on the same queries, and means of per-example fractions (Student-t:
/// examples, not bits, are the independent samples: docs/bounds.md#confidence-in-the-bit-error) or of per-replicate fractions (normal or
/// empirical Bernstein). Every interval is computed by <see cref="ConfidenceBounds"/>; this class only names the
/// result and checks that there are enough samples.
/// </summary>
public static class ClaimMetrics
{
    /// <summary>The least number of replicates for a mean over replicates (<see cref="NormalMean"/>, <see cref="EmpiricalBernsteinMean"/>).</summary>
    public const int MinimumSamples = 30;

    /// <summary>An error rate over <paramref name="count"/> queries, with its exact binomial interval.</summary>
    public static MetricValue Error(string name, double rate, int count, double confidence)
    {
        int errors = (int)Math.Round(rate * count);
        (double lower, double upper) = ConfidenceBounds.ClopperPearson(errors, count, confidence);
        return new MetricValue(name, (double)errors / count, lower, upper, confidence, count);
    }

    /// <summary>The error rate of a learner's mistakes, with its exact binomial interval.</summary>
    public static MetricValue Error(string name, IReadOnlyList<bool> mistakes, double confidence) =>
        Error(name, mistakes.Count(m => m) / (double)mistakes.Count, mistakes.Count, confidence);

    /// <summary>The mean of per-example fractions with a Student-t interval (<see cref="ConfidenceBounds.StudentMean"/>, not clipped).</summary>
    public static MetricValue StudentMean(string name, IReadOnlyList<double> fractions, double confidence)
    {
        (double mean, double lower, double upper) = ConfidenceBounds.StudentMean(fractions, confidence);
        return new MetricValue(name, mean, lower, upper, confidence, fractions.Count);
    }

    /// <summary>
    /// The mean of at least <see cref="MinimumSamples"/> i.i.d. replicates with the normal (CLT) interval
    /// x̄ ± z_{(1+c)/2} · s / √R (<see cref="ConfidenceBounds.NormalMean"/>).
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than <see cref="MinimumSamples"/> samples, or a confidence outside (0, 1).</exception>
    public static MetricValue NormalMean(string name, IReadOnlyList<double> samples, double confidence)
    {
        RequireReplicates(name, samples, confidence);
        (double mean, double lower, double upper) = ConfidenceBounds.NormalMean(samples, confidence);
        return new MetricValue(name, mean, lower, upper, confidence, samples.Count);
    }

    /// <summary>
    /// The mean of at least <see cref="MinimumSamples"/> i.i.d. replicates in [0, 1] with the finite-sample
    /// empirical-Bernstein interval (<see cref="ConfidenceBounds.EmpiricalBernstein"/>): honest for rare events too.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than <see cref="MinimumSamples"/> samples, a sample outside [0, 1], or a confidence outside (0, 1).</exception>
    public static MetricValue EmpiricalBernsteinMean(string name, IReadOnlyList<double> samples, double confidence)
    {
        RequireReplicates(name, samples, confidence);
        (double mean, double lower, double upper) = ConfidenceBounds.EmpiricalBernstein(samples, confidence);
        return new MetricValue(name, mean, lower, upper, confidence, samples.Count);
    }

    /// <summary>
    /// |X − target| from an interval for X: value |x̄ − t|, upper bound max(|L − t|, |U − t|), lower bound 0
    /// when t ∈ [L, U], else the distance from t to the interval. Same level and sample size.
    /// </summary>
    public static MetricValue AbsoluteGap(string name, MetricValue estimate, double target)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        double upper = Math.Max(Math.Abs(estimate.Lower - target), Math.Abs(estimate.Upper - target));
        double lower = target >= estimate.Lower && target <= estimate.Upper
            ? 0.0
            : Math.Min(Math.Abs(estimate.Lower - target), Math.Abs(estimate.Upper - target));
        return new MetricValue(name, Math.Abs(estimate.Value - target), lower, upper, estimate.Confidence, estimate.SampleSize);
    }

    /// <summary><paramref name="metric"/> − <paramref name="reference"/>, renamed (the reference is exact, so the interval shifts).</summary>
    public static MetricValue Minus(string name, MetricValue metric, double reference) =>
        metric with { Name = name, Value = metric.Value - reference, Lower = metric.Lower - reference, Upper = metric.Upper - reference };

    /// <summary>
    /// err(<paramref name="first"/>) − err(<paramref name="second"/>) over two different query sets (e.g. one model's
    /// singleton and well-represented queries), with the exact Bonferroni interval of
    /// <see cref="ConfidenceBounds.IndependentDifference"/>: [L₁ − U₂, U₁ − L₂], each Clopper–Pearson at 1 − α/2.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A query set is empty.</exception>
    public static MetricValue IndependentDifference(string name, IReadOnlyList<bool> first, IReadOnlyList<bool> second, double confidence)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        int firstErrors = first.Count(m => m);
        int secondErrors = second.Count(m => m);
        (double lower, double upper) = ConfidenceBounds.IndependentDifference(firstErrors, first.Count, secondErrors, second.Count, confidence);
        double value = ((double)firstErrors / first.Count) - ((double)secondErrors / second.Count);
        return new MetricValue(name, value, lower, upper, confidence, first.Count + second.Count);
    }

    /// <summary>
    /// mean(<paramref name="first"/>) − mean(<paramref name="second"/>) of two independent samples (e.g. per-subpopulation
    /// fractions of two groups) with the Bonferroni interval [L₁ − U₂, U₁ − L₂], each a Student-t interval at 1 − α/2.
    /// </summary>
    public static MetricValue StudentDifference(string name, IReadOnlyList<double> first, IReadOnlyList<double> second, double confidence)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        (double difference, double lower, double upper) = ConfidenceBounds.StudentMeanDifference(first, second, confidence);
        return new MetricValue(name, difference, lower, upper, confidence, first.Count + second.Count);
    }

    /// <summary>
    /// The paired difference err(<paramref name="first"/>) − err(<paramref name="second"/>) over the same queries
    /// (exact interval from the discordant counts, <see cref="ExcessError"/>).
    /// </summary>
    public static MetricValue PairedDifference(string name, IReadOnlyList<bool> first, IReadOnlyList<bool> second, double confidence)
    {
        ExcessError difference = ExcessError.FromMistakes(first, second, confidence);
        return new MetricValue(name, difference.Excess, difference.Lower, difference.Upper, confidence, first.Count);
    }

    private static void RequireReplicates(string name, IReadOnlyList<double> samples, double confidence)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count < MinimumSamples)
        {
            throw new ArgumentException($"{name}: {samples.Count} samples are too few for an interval over replicates; use at least {MinimumSamples} (raise the replicate count).", nameof(samples));
        }

        if (confidence is <= 0.0 or >= 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "A confidence level lies strictly between 0 and 1.");
        }
    }
}
