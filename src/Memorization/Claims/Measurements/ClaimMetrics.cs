using Memorization.Evaluation;
using Memorization.Information;

namespace Memorization.Claims.Measurements;

/// <summary>
/// Claim metrics with intervals, shared by every task: error rates (Clopper–Pearson over queries), paired
/// differences of two predictors' mistakes on the same queries, and means of per-example fractions (Student-t:
/// PAPER.md §4 treats examples, not bits, as the independent samples).
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
    /// The paired difference err(<paramref name="first"/>) − err(<paramref name="second"/>) over the same queries
    /// (exact interval from the discordant counts, <see cref="ExcessError"/>).
    /// </summary>
    public static MetricValue PairedDifference(string name, IReadOnlyList<bool> first, IReadOnlyList<bool> second, double confidence)
    {
        ExcessError difference = ExcessError.FromMistakes(first, second, confidence);
        return new MetricValue(name, difference.Excess, difference.Lower, difference.Upper, confidence, first.Count);
    }
}
