namespace Memorization.Information;

/// <summary>
/// The exponent of a power law y ∝ x^s: the least-squares slope of log y against log x (docs/claims.md#scaling). The slope
/// does not depend on the base of the logarithm. Its interval is made over independent replicates, each a whole set of
/// sizes with a slope of its own: a Student-t interval over the per-replicate slopes.
/// </summary>
public static class LogLogSlope
{
    /// <summary>The least-squares slope of ln y against ln x over the points (xᵢ, yᵢ).</summary>
    /// <exception cref="ArgumentException">Fewer than two points, lengths that differ, a value ≤ 0 or not finite, or all x equal.</exception>
    public static double Fit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count || x.Count < 2)
        {
            throw new ArgumentException($"A slope needs at least two points with one y per x; got {x.Count} x and {y.Count} y.", nameof(y));
        }
        if (x.Concat(y).Any(v => !(v > 0.0) || double.IsInfinity(v)))
        {
            throw new ArgumentException("A log–log slope needs finite values > 0 (a bound of 0 bits has no logarithm).", nameof(y));
        }

        double[] lx = x.Select(v => Math.Log(v)).ToArray();
        double[] ly = y.Select(v => Math.Log(v)).ToArray();
        double mx = lx.Average();
        double my = ly.Average();
        double sxx = lx.Sum(v => (v - mx) * (v - mx));
        if (sxx == 0.0)
        {
            throw new ArgumentException("Every x is the same: a slope needs at least two different sizes.", nameof(x));
        }
        return lx.Select((v, i) => (v - mx) * (ly[i] - my)).Sum() / sxx;
    }

    /// <summary>
    /// The mean of the per-replicate slopes with the two-sided Student-t interval at <paramref name="confidence"/>:
    /// each replicate's slope is fitted on its own points (<see cref="Fit"/>), and the replicates are independent.
    /// </summary>
    /// <param name="x">The sizes, shared by every replicate.</param>
    /// <param name="replicates">One y per size for each replicate.</param>
    /// <param name="confidence">The interval's level, in (0, 1).</param>
    /// <exception cref="ArgumentException">Fewer than two replicates, or a replicate <see cref="Fit"/> refuses.</exception>
    public static (double Mean, double Lower, double Upper, double[] Slopes) OverReplicates(
        IReadOnlyList<double> x, IReadOnlyList<IReadOnlyList<double>> replicates, double confidence)
    {
        ArgumentNullException.ThrowIfNull(replicates);
        if (replicates.Count < 2)
        {
            throw new ArgumentException($"An interval over replicates needs at least two; got {replicates.Count}.", nameof(replicates));
        }
        double[] slopes = replicates.Select(y => Fit(x, y)).ToArray();
        (double mean, double lower, double upper) = ConfidenceBounds.StudentMean(slopes, confidence);
        return (mean, lower, upper, slopes);
    }
}
