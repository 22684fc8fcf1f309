namespace Memorization.Tasks;

/// <summary>
/// Parameters of hypercube cluster labeling (docs/tasks.md#hcl): n training examples in {−1,+1}^d, N subpopulations
/// with prior w, each coordinate fixed with probability ρ, and the size of each of the three test sets.
/// </summary>
public sealed record HclParameters
{
    /// <summary>Creates and validates a parameter set.</summary>
    /// <exception cref="InvalidParameterException">A parameter is outside its valid range (named in the message).</exception>
    /// <exception cref="InvalidParameterException">The prior's N differs from <paramref name="subpopulations"/>.</exception>
    public HclParameters(int trainingSize, int dimension, int subpopulations, double rho, FrequencyPrior? prior = null, int testSize = 500)
    {
        TaskValidation.AtLeast(trainingSize, 1, nameof(trainingSize), "n");
        TaskValidation.AtLeast(dimension, 1, nameof(dimension), "d");
        TaskValidation.AtLeast(subpopulations, 1, nameof(subpopulations), "N");
        TaskValidation.AtLeast(testSize, 0, nameof(testSize), "the test-set size");
        if (double.IsNaN(rho) || rho < 0.0 || rho > 1.0)
        {
            throw new InvalidParameterException(nameof(rho), $"ρ (the probability that a coordinate is fixed) must lie in [0, 1]; got {rho}.");
        }
        Prior = prior ?? FrequencyPrior.Uniform(subpopulations);
        if (Prior.Count != subpopulations)
        {
            throw new InvalidParameterException(nameof(prior), $"The prior has {Prior.Count} weights but N = {subpopulations}; build it with the same N.");
        }
        TrainingSize = trainingSize;
        Dimension = dimension;
        Subpopulations = subpopulations;
        Rho = rho;
        TestSize = testSize;
    }

    /// <summary>n, the number of training examples.</summary>
    public int TrainingSize { get; }

    /// <summary>d, the number of coordinates.</summary>
    public int Dimension { get; }

    /// <summary>N, the number of subpopulations (= labels).</summary>
    public int Subpopulations { get; }

    /// <summary>ρ, the probability that a coordinate of a subpopulation is fixed.</summary>
    public double Rho { get; }

    /// <summary>w, the subpopulation prior.</summary>
    public FrequencyPrior Prior { get; }

    /// <summary>The size of each test set (fresh, represented, singletons).</summary>
    public int TestSize { get; }

    /// <summary>The published constant a = 50000 of the ρ formula.</summary>
    public const double PublishedA = 50000.0;

    /// <summary>The published parameters (docs/tasks.md#hcl): n = 500, d = 1000, N = 500, uniform w, ρ from a = 50000 (≈ 0.1739), 500 queries per test set.</summary>
    public static HclParameters Paper { get; } = WithPublishedRho(500, 1000, 500);

    /// <summary>
    /// The published ρ = √((2·ln(a·0.368·n) − ln ln n) / d) (docs/tasks.md#hcl; ≈ 0.1739 at n = 500, d = 1000, a = 50000).
    /// </summary>
    /// <exception cref="InvalidParameterException">n &lt; 2 (ln ln n undefined), d &lt; 1, a ≤ 0, or the formula leaves [0, 1].</exception>
    public static double PublishedRho(int trainingSize, int dimension, double a = PublishedA)
    {
        TaskValidation.AtLeast(trainingSize, 2, nameof(trainingSize), "n (ln ln n needs n ≥ 2)");
        TaskValidation.AtLeast(dimension, 1, nameof(dimension), "d");
        if (!(a > 0.0) || !double.IsFinite(a))
        {
            throw new InvalidParameterException(nameof(a), $"The constant a must be positive and finite (published: 50000); got {a}.");
        }
        double inner = (2.0 * Math.Log(a * 0.368 * trainingSize)) - Math.Log(Math.Log(trainingSize));
        double rho = Math.Sqrt(inner / dimension);
        if (double.IsNaN(rho) || rho > 1.0)
        {
            throw new InvalidParameterException(
                nameof(dimension), $"The published formula gives ρ = {rho} outside [0, 1] at n = {trainingSize}, d = {dimension}, a = {a}; use a larger d or give ρ directly.");
        }
        return rho;
    }

    /// <summary>Parameters with the published ρ formula (see <see cref="PublishedRho"/>).</summary>
    public static HclParameters WithPublishedRho(
        int trainingSize, int dimension, int subpopulations, double a = PublishedA, FrequencyPrior? prior = null, int testSize = 500) =>
        new(trainingSize, dimension, subpopulations, PublishedRho(trainingSize, dimension, a), prior, testSize);

    /// <inheritdoc/>
    public override string ToString() =>
        FormattableString.Invariant($"HCL(n={TrainingSize}, d={Dimension}, N={Subpopulations}, ρ={Rho:G4}, w={Prior.Name}, test={TestSize})");
}
