namespace Memorization.Information;

/// <summary>
/// A two-sided confidence interval for the mean of per-example fractions in [0, 1] (bounds clipped to [0, 1]).
/// Bits of one example are correlated, so the examples — not the bits — are the i.i.d. samples (docs/bounds.md#confidence-in-the-bit-error).
/// </summary>
/// <param name="Mean">x̄ over the m examples.</param>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
/// <param name="Level">Confidence level 1 − α.</param>
/// <param name="Count">m, the number of examples.</param>
/// <param name="Method">How the bounds were computed.</param>
public sealed record MeanInterval(double Mean, double Lower, double Upper, double Level, int Count, IntervalMethod Method)
{
    /// <summary>Whether <paramref name="value"/> lies in [Lower, Upper].</summary>
    public bool Contains(double value) => Lower <= value && value <= Upper;

    /// <summary>The interval of <paramref name="method"/> at <paramref name="level"/>.</summary>
    public static MeanInterval Of(IReadOnlyList<double> values, double level, IntervalMethod method) => method switch
    {
        IntervalMethod.StudentT => StudentT(values, level),
        IntervalMethod.Hoeffding => Hoeffding(values, level),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown interval method."),
    };

    /// <summary>x̄ ± t_{1−α/2, m−1}·s/√m, s the sample standard deviation; m = 1 gives [0, 1].</summary>
    public static MeanInterval StudentT(IReadOnlyList<double> values, double level)
    {
        double mean = Check(values, level);
        if (values.Count == 1)
        {
            return new MeanInterval(mean, 0.0, 1.0, level, 1, IntervalMethod.StudentT);
        }
        (_, double lower, double upper) = ConfidenceBounds.StudentMean(values, level);
        return new MeanInterval(mean, Math.Max(0.0, lower), Math.Min(1.0, upper), level, values.Count, IntervalMethod.StudentT);
    }

    /// <summary>x̄ ± √(ln(2/α)/(2m)) (Hoeffding's inequality for i.i.d. values in [0, 1]).</summary>
    public static MeanInterval Hoeffding(IReadOnlyList<double> values, double level)
    {
        double mean = Check(values, level);
        // Two-sided: each side at α/2, i.e. the one-sided half-width √(ln(1/(α/2))/(2m)).
        double half = ConfidenceBounds.HoeffdingHalfWidth(values.Count, (1.0 - level) / 2.0);
        return new MeanInterval(mean, Math.Max(0.0, mean - half), Math.Min(1.0, mean + half), level, values.Count, IntervalMethod.Hoeffding);
    }

    private static double Check(IReadOnlyList<double> values, double level)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("values is empty: there is no example to average. Attack at least one target that has bits of this kind.", nameof(values));
        }
        if (!(level > 0.0 && level < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be in (0, 1), e.g. 0.95.");
        }
        if (values.Any(v => !(v >= 0.0 && v <= 1.0)))
        {
            throw new ArgumentException("values must be fractions in [0, 1] (NaN is not allowed).", nameof(values));
        }
        return values.Average();
    }
}
