namespace Memorization.Tasks;

/// <summary>
/// The frequency weights w over the N subpopulations (docs/tasks.md#frequency-prior): J ~ w for every training example and fresh
/// query. Uniform w_j = 1/N is the published prior; Zipf w_j ∝ j^(−s) (j = 1..N) is the long-tailed extension.
/// </summary>
public sealed class FrequencyPrior
{
    private readonly double[] _weights;
    private readonly double[] _cumulative;

    private FrequencyPrior(double[] weights, string name)
    {
        _weights = weights;
        _cumulative = Cumulative(weights);
        Name = name;
    }

    /// <summary>N, the number of subpopulations.</summary>
    public int Count => _weights.Length;

    /// <summary>w_j, summing to 1.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>A short description, e.g. <c>uniform</c> or <c>zipf(1.1)</c>.</summary>
    public string Name { get; }

    /// <summary>True for the uniform prior.</summary>
    public bool IsUniform => Name == "uniform";

    /// <summary>The uniform prior w_j = 1/N.</summary>
    /// <exception cref="ArgumentOutOfRangeException">N &lt; 1.</exception>
    public static FrequencyPrior Uniform(int subpopulations)
    {
        CheckCount(subpopulations);
        return new FrequencyPrior(Enumerable.Repeat(1.0 / subpopulations, subpopulations).ToArray(), "uniform");
    }

    /// <summary>The Zipf prior w_j = j^(−s) / Σ_i i^(−s), j = 1..N (subpopulation index j − 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">N &lt; 1, or s negative or not finite.</exception>
    public static FrequencyPrior Zipf(int subpopulations, double exponent)
    {
        CheckCount(subpopulations);
        if (!double.IsFinite(exponent) || exponent < 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(exponent), exponent, "The Zipf exponent s must be finite and ≥ 0 (s = 0 is uniform).");
        }
        double[] w = new double[subpopulations];
        for (int j = 0; j < subpopulations; j++)
        {
            w[j] = Math.Pow(j + 1, -exponent);
        }
        double total = w.Sum();
        for (int j = 0; j < subpopulations; j++)
        {
            w[j] /= total;
        }
        return new FrequencyPrior(w, FormattableString.Invariant($"zipf({exponent})"));
    }

    /// <summary>Draws J ~ w by inversion of the cumulative weights.</summary>
    public int Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Invert(_cumulative, random.NextDouble());
    }

    /// <summary>
    /// Draws J from w restricted to the subpopulations for which <paramref name="include"/> is true (renormalised):
    /// the prior of the represented and singleton test sets (docs/tasks.md#query-sets).
    /// </summary>
    /// <exception cref="ArgumentException">No subpopulation is included.</exception>
    public Func<Random, int> Restricted(Func<int, bool> include)
    {
        ArgumentNullException.ThrowIfNull(include);
        int[] members = Enumerable.Range(0, Count).Where(include).ToArray();
        if (members.Length == 0)
        {
            throw new ArgumentException("The restriction includes no subpopulation.", nameof(include));
        }
        double[] cumulative = Cumulative(members.Select(j => _weights[j]).ToArray());
        return random => members[Invert(cumulative, random.NextDouble())];
    }

    /// <summary>The expected fraction of training examples that are singletons, Σ_j w_j (1 − w_j)^(n−1) (docs/claims.md#sing).</summary>
    public double ExpectedSingletonFraction(int trainingSize)
    {
        if (trainingSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(trainingSize), trainingSize, "The training size n must be at least 1.");
        }
        return _weights.Sum(w => w * Math.Pow(1.0 - w, trainingSize - 1));
    }

    private static int Invert(double[] cumulative, double u)
    {
        double target = u * cumulative[^1];
        int index = Array.BinarySearch(cumulative, target);
        index = index >= 0 ? index + 1 : ~index;
        return Math.Min(index, cumulative.Length - 1);
    }

    private static double[] Cumulative(double[] weights)
    {
        double[] cumulative = new double[weights.Length];
        double sum = 0.0;
        for (int j = 0; j < weights.Length; j++)
        {
            sum += weights[j];
            cumulative[j] = sum;
        }
        return cumulative;
    }

    private static void CheckCount(int subpopulations)
    {
        if (subpopulations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(subpopulations), subpopulations, "The number of subpopulations N must be at least 1.");
        }
    }
}
