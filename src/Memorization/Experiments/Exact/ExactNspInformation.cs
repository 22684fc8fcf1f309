using Memorization.Learners.Simple;
using Memorization.Tasks;
using Memorization.Information;

namespace Memorization.Experiments.Exact;

/// <summary>
/// Exact I(X;M|P) = H(M|P) and H(X|P) for a deterministic NSP learner on one tiny instance (docs/bounds.md#exact-information): every
/// assignment J ∈ [N]^n and every noise pattern e ∈ {0,1}^(n·d) (probability p^|e|(1−p)^(n·d−|e|)) is enumerated;
/// M = the learner's predicted bit for every prefix (read from every z ∈ {0,1}^d and T); X = the strings with their
/// subpopulations.
/// </summary>
/// <remarks>
/// Cost: N^n·2^(n·d) training sets, each needing 2^d predictions. Measured (BenchmarkDotNet, Release, one core of a shared
/// 2-core host, Bayes learner with greedy decoding): the tiny preset n = 3, d = 3, N = 3 (1.4·10^4 sets) about 0.12 s per
/// instance; n = 3, d = 4, N = 3 (1.1·10^5 sets, the largest that fits <see cref="MaxTrainingSets"/> comfortably) about 8× that.
/// </remarks>
public static class ExactNspInformation
{
    /// <summary>The largest number of training sets enumerated.</summary>
    public const long MaxTrainingSets = 1L << 21;

    /// <summary>
    /// The exact quantities on <paramref name="instances"/> (≥ 2) instances P drawn from streams <c>exact/instance/i</c> of
    /// <paramref name="rootSeed"/>, averaged with a Student-t interval over instances (<see cref="ExactInformationSummary"/>).
    /// </summary>
    public static ExactInformationSummary OverInstances(
        string learnerName, NspParameters parameters, Func<NspStrings, INspPredictor> learner, NspTableAttack? attack, int instances, ulong rootSeed, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (instances < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(instances), instances, "Averaging over instances with a t interval needs at least 2 instances.");
        }
        ExactInformation[] values = Enumerable.Range(0, instances)
            .Select(i => Compute(NspInstance.Generate(parameters, Randomness.SeedDerivation.Stream(rootSeed, Randomness.SeedStreams.ExactInstance(i))), learner, attack))
            .ToArray();
        return ExactInformationSummary.From(learnerName, values, confidence);
    }

    /// <summary>Computes the quantities; the optional <paramref name="attack"/> gives the exact Fano bound with H_bit = h(p)
    /// over all d bits of each singleton, its guesses flipped with probability <paramref name="flipProbability"/> (exactly).</summary>
    public static ExactInformation Compute(
        NspInstance instance, Func<NspStrings, INspPredictor> learner, NspTableAttack? attack = null, double flipProbability = 0.0)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(learner);
        NspParameters p = instance.Parameters;
        int n = p.TrainingSize;
        int d = p.Length;
        int subpopulations = p.Subpopulations;
        double noise = p.NoiseRate;
        double total = Math.Pow(subpopulations, n) * Math.Pow(2, n * d);
        if (d > BinaryDomain.MaxDimension || total > MaxTrainingSets)
        {
            throw new ArgumentOutOfRangeException(nameof(instance), p.ToString(), $"Too large to enumerate: N^n·2^(n·d) = {total:G3} > {MaxTrainingSets}; e.g. n ≤ 3, d ≤ 4, N ≤ 3.");
        }
        double bitEntropy = Entropy.Binary(noise);
        var models = new Dictionary<string, double>();
        // Distinct branches (J, e) are distinct training sets (strings with labels), so H(X|P) sums over branches.
        double dataEntropy = 0.0;
        long assignments = (long)Math.Pow(subpopulations, n);
        long patterns = 1L << (n * d);
        int[] labels = new int[n];
        double fano = 0.0;
        double errorBits = 0.0;
        double attackedBits = 0.0;
        for (long a = 0; a < assignments; a++)
        {
            double assignmentProbability = 1.0;
            long code = a;
            for (int i = 0; i < n; i++, code /= subpopulations)
            {
                labels[i] = (int)(code % subpopulations);
                assignmentProbability *= p.Prior.Weights[labels[i]];
            }
            int[] singletons = Singletons.Indices(labels, Singletons.Counts(labels, subpopulations));
            int attacked = singletons.Length * d;
            double expectedErrors = 0.0;
            for (long e = 0; e < patterns; e++)
            {
                int flips = System.Numerics.BitOperations.PopCount((ulong)e);
                double patternProbability = Math.Pow(noise, flips) * Math.Pow(1.0 - noise, (n * d) - flips);
                byte[] bits = new byte[n * d];
                for (int i = 0; i < n; i++)
                {
                    for (int t = 0; t < d; t++)
                    {
                        bits[(i * d) + t] = (byte)(instance.Centre(labels[i], t) ^ (int)((e >> ((i * d) + t)) & 1));
                    }
                }
                var training = new NspStrings(d, bits, (int[])labels.Clone());
                byte[] table = ExactErrors.NspPredictions(learner(training), d);
                double setProbability = assignmentProbability * patternProbability;
                ExactHclInformation.Accumulate(models, Convert.ToBase64String(table), setProbability);
                dataEntropy -= setProbability > 0.0 ? setProbability * Math.Log2(setProbability) : 0.0;
                if (attack is not null)
                {
                    foreach (int i in singletons)
                    {
                        byte[] guess = attack(table, instance, labels[i]);
                        for (int t = 0; t < d; t++)
                        {
                            expectedErrors += guess[t] != bits[(i * d) + t] ? patternProbability : 0.0;
                        }
                    }
                }
            }
            if (attack is not null && attacked > 0)
            {
                double meanError = ((expectedErrors / attacked) * (1.0 - (2.0 * flipProbability))) + flipProbability;
                fano += assignmentProbability * FanoBound.BitwiseBits(attacked, bitEntropy, meanError);
                errorBits += assignmentProbability * attacked * meanError;
                attackedBits += assignmentProbability * attacked;
            }
        }
        return new ExactInformation(
            Entropy.Shannon(models.Values), dataEntropy, fano,
            attackedBits > 0 ? errorBits / attackedBits : double.NaN, assignments * patterns, models.Count, (long)n * d);
    }
}
