using Memorization.Learners.Simple;
using Memorization.Tasks;
using Memorization.Information;

namespace Memorization.Experiments.Exact;

/// <summary>
/// Exact expected errors on tiny instances by enumeration (no sampling), docs/bayes-optimal.md#exact-errors-on-tiny-instances:
/// for a fixed instance P, err_P(g) = Σ_j w_j Σ_x Pr[x | P_j]·1[g(x) ≠ j] (HCL) or
/// Σ_j w_j Σ_z Pr[z | c_j]·(1/d)Σ_T 1[ĝ_T(z) ≠ z_T] (NSP); and, given a training set D, the posterior expected error
/// E_{P|D}[err_P(g)], under which the Bayes-optimal predictor is optimal by definition. The posterior factorises over
/// subpopulations (P_j has 3^d states for HCL, 2^d for NSP), so it is exact and cheap for d ≤ 10.
/// </summary>
public static class ExactErrors
{
    /// <summary>The largest d for the posterior enumerations.</summary>
    public const int MaxPosteriorDimension = 10;

    /// <summary>err_P(g) for HCL.</summary>
    public static double Hcl(IHclClassifier classifier, HclInstance instance)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(instance);
        int d = instance.Dimension;
        int[] predictions = HclPredictions(classifier, d);
        double total = 0.0;
        sbyte[] state = new sbyte[d];
        for (int j = 0; j < instance.Subpopulations; j++)
        {
            for (int k = 0; k < d; k++)
            {
                state[k] = instance.FixedValues[(j * d) + k];
            }
            total += instance.Parameters.Prior.Weights[j] * HclClassError(predictions, j, state);
        }
        return total;
    }

    /// <summary>E_{P|D}[err_P(g)] for HCL given the labeled training set D (prior of §2.1 on P with the task's ρ and w).</summary>
    public static double HclPosterior(IHclClassifier classifier, HclParameters parameters, HclExamples training)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(training);
        int d = CheckPosterior(parameters.Dimension);
        int[] predictions = HclPredictions(classifier, d);
        double rho = parameters.Rho;
        int states = (int)Math.Pow(3, d);
        sbyte[] state = new sbyte[d];
        double total = 0.0;
        for (int j = 0; j < parameters.Subpopulations; j++)
        {
            int[] members = Enumerable.Range(0, training.Rows).Where(i => training.Labels[i] == j).ToArray();
            double mass = 0.0;
            double weighted = 0.0;
            for (int s = 0; s < states; s++)
            {
                // state[k]: 0 unfixed, ±1 fixed at that value.
                double prior = 1.0;
                for (int k = 0, code = s; k < d; k++, code /= 3)
                {
                    state[k] = (sbyte)(code % 3 == 0 ? 0 : code % 3 == 1 ? 1 : -1);
                    prior *= state[k] == 0 ? 1.0 - rho : rho / 2.0;
                }
                double likelihood = prior;
                foreach (int i in members)
                {
                    ReadOnlySpan<sbyte> x = training.Row(i);
                    for (int k = 0; k < d && likelihood > 0.0; k++)
                    {
                        likelihood *= state[k] == 0 ? 0.5 : state[k] == x[k] ? 1.0 : 0.0;
                    }
                }
                if (likelihood > 0.0)
                {
                    mass += likelihood;
                    weighted += likelihood * HclClassError(predictions, j, state);
                }
            }
            if (mass == 0.0)
            {
                throw new ArgumentException(
                    $"The training examples of subpopulation {j} disagree on a coordinate, impossible at ρ = {rho}; use ρ < 1 or data drawn from the task.", nameof(training));
            }
            total += parameters.Prior.Weights[j] * (weighted / mass);
        }
        return total;
    }

    /// <summary>err_P(g) for NSP.</summary>
    public static double Nsp(INspPredictor predictor, NspInstance instance)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        ArgumentNullException.ThrowIfNull(instance);
        int d = instance.Length;
        byte[] predicted = NspPredictions(predictor, d);
        byte[] centre = new byte[d];
        double total = 0.0;
        for (int j = 0; j < instance.Subpopulations; j++)
        {
            for (int t = 0; t < d; t++)
            {
                centre[t] = instance.Centre(j, t);
            }
            total += instance.Parameters.Prior.Weights[j] * NspCentreError(predicted, centre, instance.NoiseRate);
        }
        return total;
    }

    /// <summary>E_{P|D}[err_P(g)] for NSP given the training strings with their subpopulations (uniform centres).</summary>
    public static double NspPosterior(INspPredictor predictor, NspParameters parameters, NspStrings training)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(training);
        int d = CheckPosterior(parameters.Length);
        byte[] predicted = NspPredictions(predictor, d);
        double p = parameters.NoiseRate;
        byte[] centres = BinaryDomain.Bits(d);
        double total = 0.0;
        for (int j = 0; j < parameters.Subpopulations; j++)
        {
            int[] members = Enumerable.Range(0, training.Rows).Where(i => training.Subpopulations[i] == j).ToArray();
            double mass = 0.0;
            double weighted = 0.0;
            for (int c = 0; c < 1 << d; c++)
            {
                ReadOnlySpan<byte> centre = centres.AsSpan(c * d, d);
                double likelihood = 1.0;
                foreach (int i in members)
                {
                    ReadOnlySpan<byte> x = training.Row(i);
                    for (int t = 0; t < d; t++)
                    {
                        likelihood *= x[t] == centre[t] ? 1.0 - p : p;
                    }
                }
                mass += likelihood;
                weighted += likelihood * NspCentreError(predicted, centre, p);
            }
            total += parameters.Prior.Weights[j] * (weighted / mass);
        }
        return total;
    }

    /// <summary>g(x) for every x of the domain, indexed as in <see cref="BinaryDomain"/>.</summary>
    internal static int[] HclPredictions(IHclClassifier classifier, int d)
    {
        sbyte[] domain = BinaryDomain.SignsShared(d);
        int[] predictions = new int[1 << d];
        for (int index = 0; index < predictions.Length; index++)
        {
            predictions[index] = classifier.Predict(domain.AsSpan(index * d, d));
        }
        return predictions;
    }

    /// <summary>The predicted bit (probability &gt; ½) for every z of the domain and every T, row-major [2^d, d].</summary>
    internal static byte[] NspPredictions(INspPredictor predictor, int d)
    {
        byte[] domain = BinaryDomain.BitsShared(d);
        byte[] predicted = new byte[domain.Length];
        double[] probabilities = new double[d];
        for (int index = 0; index < 1 << d; index++)
        {
            predictor.Probabilities(domain.AsSpan(index * d, d), probabilities);
            for (int t = 0; t < d; t++)
            {
                predicted[(index * d) + t] = probabilities[t] > 0.5 ? (byte)1 : (byte)0;
            }
        }
        return predicted;
    }

    // Σ_x Pr[x | state]·1[g(x) ≠ j], state[k] = 0 (uniform) or the fixed value.
    private static double HclClassError(int[] predictions, int label, sbyte[] state)
    {
        int d = state.Length;
        double error = 0.0;
        for (int index = 0; index < predictions.Length; index++)
        {
            if (predictions[index] == label)
            {
                continue;
            }
            double probability = 1.0;
            for (int k = 0; k < d && probability > 0.0; k++)
            {
                sbyte x = ((index >> k) & 1) == 1 ? (sbyte)1 : (sbyte)-1;
                probability *= state[k] == 0 ? 0.5 : state[k] == x ? 1.0 : 0.0;
            }
            error += probability;
        }
        return error;
    }

    // Σ_z Pr[z | c]·(1/d)·Σ_T 1[ĝ_T(z) ≠ z_T].
    private static double NspCentreError(byte[] predicted, ReadOnlySpan<byte> centre, double p)
    {
        int d = centre.Length;
        double error = 0.0;
        for (int index = 0; index < 1 << d; index++)
        {
            double probability = 1.0;
            int wrong = 0;
            for (int t = 0; t < d; t++)
            {
                byte z = (byte)((index >> t) & 1);
                probability *= z == centre[t] ? 1.0 - p : p;
                wrong += predicted[(index * d) + t] != z ? 1 : 0;
            }
            error += probability * wrong / d;
        }
        return error;
    }

    private static int CheckPosterior(int d)
    {
        if (d < 1 || d > MaxPosteriorDimension)
        {
            throw new ArgumentOutOfRangeException(nameof(d), d, $"Exact posterior errors enumerate 3^d instances per subpopulation; use 1 ≤ d ≤ {MaxPosteriorDimension}.");
        }
        return d;
    }
}
