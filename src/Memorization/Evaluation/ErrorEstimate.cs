using Memorization.Information;

namespace Memorization.Evaluation;

/// <summary>
/// An error rate on a query set with its two-sided Clopper–Pearson interval (exact binomial; queries are i.i.d. given the
/// model).
/// </summary>
/// <param name="Errors">Wrong predictions.</param>
/// <param name="Count">Queries, ≥ 1.</param>
/// <param name="Rate">Errors / Count.</param>
/// <param name="Lower">Lower end of the interval.</param>
/// <param name="Upper">Upper end of the interval.</param>
/// <param name="Confidence">The interval's level.</param>
public sealed record ErrorEstimate(int Errors, int Count, double Rate, double Lower, double Upper, double Confidence)
{
    /// <summary>The estimate from counts, with the Clopper–Pearson interval at <paramref name="confidence"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No queries (an empty query set has no error rate), or errors outside [0, count].</exception>
    public static ErrorEstimate FromCounts(int errors, int count, double confidence)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "An error rate needs at least one query; the query set is empty.");
        }
        (double lower, double upper) = ConfidenceBounds.ClopperPearson(errors, count, confidence);
        return new ErrorEstimate(errors, count, (double)errors / count, lower, upper, confidence);
    }

    /// <summary>The estimate from per-query mistake flags.</summary>
    public static ErrorEstimate FromMistakes(IReadOnlyList<bool> mistakes, double confidence) =>
        FromCounts(mistakes.Count(m => m), mistakes.Count, confidence);

    /// <inheritdoc/>
    public override string ToString() =>
        FormattableString.Invariant($"{Rate:F4} [{Lower:F4}, {Upper:F4}] ({Errors}/{Count}, level {Confidence:0.####})");
}
