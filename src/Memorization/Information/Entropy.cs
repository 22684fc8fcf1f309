namespace Memorization.Information;

/// <summary>Entropies in bits (docs/bounds.md#fano-bound).</summary>
public static class Entropy
{
    /// <summary>
    /// The binary entropy h(p) = −p·log₂p − (1−p)·log₂(1−p), with h(0) = h(1) = 0 (docs/bounds.md#fano-bound, Fano per bit).
    /// Exact to double rounding.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">p is not in [0, 1].</exception>
    public static double Binary(double p)
    {
        if (double.IsNaN(p) || p < 0.0 || p > 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability p must lie in [0, 1].");
        }
        if (p == 0.0 || p == 1.0)
        {
            return 0.0;
        }
        return -(p * Math.Log2(p)) - ((1.0 - p) * Math.Log2(1.0 - p));
    }

    /// <summary>
    /// The Shannon entropy H = −Σ pᵢ log₂ pᵢ of a distribution given by its probabilities (zeros skipped).
    /// </summary>
    /// <exception cref="ArgumentException">A probability is negative or the probabilities do not sum to 1 within 1e-9.</exception>
    public static double Shannon(IEnumerable<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        double sum = 0.0;
        double entropy = 0.0;
        foreach (double p in probabilities)
        {
            if (double.IsNaN(p) || p < 0.0)
            {
                throw new ArgumentException($"Probabilities must be non-negative; got {p}.", nameof(probabilities));
            }
            sum += p;
            if (p > 0.0)
            {
                entropy -= p * Math.Log2(p);
            }
        }
        if (Math.Abs(sum - 1.0) > 1e-9)
        {
            throw new ArgumentException($"Probabilities must sum to 1; they sum to {sum:R}.", nameof(probabilities));
        }
        return entropy;
    }
}
