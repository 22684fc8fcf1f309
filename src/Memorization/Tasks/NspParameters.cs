namespace Memorization.Tasks;

/// <summary>
/// Parameters of next-symbol prediction (docs/tasks.md#nsp): n training strings in {0,1}^d from N subpopulations with
/// prior w, noise rate p = δ/2, and the size of each of the three query sets.
/// </summary>
public sealed record NspParameters
{
    /// <summary>Creates and validates a parameter set.</summary>
    /// <exception cref="InvalidParameterException">A parameter is outside its valid range (named in the message).</exception>
    /// <exception cref="InvalidParameterException">The prior's N differs from <paramref name="subpopulations"/>.</exception>
    public NspParameters(int trainingSize, int length, int subpopulations, double delta, FrequencyPrior? prior = null, int testSize = 500)
    {
        TaskValidation.AtLeast(trainingSize, 1, nameof(trainingSize), "n");
        TaskValidation.AtLeast(length, 1, nameof(length), "d");
        TaskValidation.AtLeast(subpopulations, 1, nameof(subpopulations), "N");
        TaskValidation.AtLeast(testSize, 0, nameof(testSize), "the test-set size");
        if (double.IsNaN(delta) || delta <= 0.0 || delta > 1.0)
        {
            throw new InvalidParameterException(nameof(delta), $"δ must lie in (0, 1] (noise rate p = δ/2 in (0, ½]); got {delta}.");
        }
        Prior = prior ?? FrequencyPrior.Uniform(subpopulations);
        if (Prior.Count != subpopulations)
        {
            throw new InvalidParameterException(nameof(prior), $"The prior has {Prior.Count} weights but N = {subpopulations}; build it with the same N.");
        }
        TrainingSize = trainingSize;
        Length = length;
        Subpopulations = subpopulations;
        Delta = delta;
        TestSize = testSize;
    }

    /// <summary>n, the number of training strings.</summary>
    public int TrainingSize { get; }

    /// <summary>d, the string length.</summary>
    public int Length { get; }

    /// <summary>N, the number of subpopulations (centres).</summary>
    public int Subpopulations { get; }

    /// <summary>δ; the noise rate is δ/2.</summary>
    public double Delta { get; }

    /// <summary>p = δ/2, the probability that a bit of an example differs from its centre.</summary>
    public double NoiseRate => Delta / 2.0;

    /// <summary>w, the subpopulation prior.</summary>
    public FrequencyPrior Prior { get; }

    /// <summary>The size of each query set (fresh, represented, singletons).</summary>
    public int TestSize { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        FormattableString.Invariant($"NSP(n={TrainingSize}, d={Length}, N={Subpopulations}, δ={Delta:G4}, w={Prior.Name}, test={TestSize})");
}
