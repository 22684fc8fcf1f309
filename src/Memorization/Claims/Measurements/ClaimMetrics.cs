using Memorization.Evaluation;
using Memorization.Information;

namespace Memorization.Claims.Measurements;

/// <summary>
/// Claim metrics with intervals, shared by every task: error rates (Clopper–Pearson over queries), paired
/// differences of two predictors' mistakes on the same queries, and means of per-example fractions (Student-t:
/// examples, not bits, are the independent samples: docs/bounds.md#confidence-in-the-bit-error).
/// </summary>
public static class ClaimMetrics
{
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

    /// <summary>The mean of per-example fractions with a Student-t interval.</summary>
    public static MetricValue Mean(string name, IReadOnlyList<double> fractions, double confidence)
    {
        (double mean, double lower, double upper) = ConfidenceBounds.StudentMean(fractions, confidence);
        return new MetricValue(name, mean, lower, upper, confidence, fractions.Count);
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
    /// The paired difference err(<paramref name="first"/>) − err(<paramref name="second"/>) over the same queries
    /// (exact interval from the discordant counts, <see cref="ExcessError"/>).
    /// </summary>
    public static MetricValue PairedDifference(string name, IReadOnlyList<bool> first, IReadOnlyList<bool> second, double confidence)
    {
        ExcessError difference = ExcessError.FromMistakes(first, second, confidence);
        return new MetricValue(name, difference.Excess, difference.Lower, difference.Upper, confidence, first.Count);
    }
}
