using Memorization.Learners.Simple;
using Memorization.Tasks;
using Memorization.Information;

namespace Memorization.Experiments.Exact;

/// <summary>
/// Exact I(X;M|P) = H(M|P) and H(X|P) for a deterministic HCL learner on one tiny instance (docs/bounds.md#exact-information): every
/// assignment J ∈ [N]^n (probability Π w_{J_i}) and every value of the unfixed bits (probability 2^(−U)) is enumerated;
/// M = the learner's label for every x ∈ {±1}^d; tables are grouped by their exact contents, and H(X|P) sums over
/// the branches, which are distinct training sets.
/// </summary>
/// <remarks>
/// Cost: Σ_J 2^{U(J)} training sets ≤ N^n·2^(n·d), each needing 2^d predictions. Supported up to
/// <see cref="MaxTrainingSets"/> training sets. Measured (BenchmarkDotNet, Release, one core of a shared 2-core host,
/// Bayes learner with the region-majority attack): the tiny preset n = 3, d = 4, N = 3, ρ = 0.5 takes about 13 ms per
/// instance; the largest size tried, the same with ρ = 0.2 (more unfixed bits, up to 27·2^12 ≈ 1.1·10^5 sets), about 0.36 s.
/// </remarks>
public static class ExactHclInformation
{
    /// <summary>The largest number of training sets enumerated.</summary>
    public const long MaxTrainingSets = 1L << 21;

    /// <summary>
    /// The exact quantities on <paramref name="instances"/> (≥ 2) instances P drawn from streams <c>exact/instance/i</c> of
    /// <paramref name="rootSeed"/>, averaged with a Student-t interval over instances (<see cref="ExactInformationSummary"/>).
    /// </summary>
    public static ExactInformationSummary OverInstances(
        string learnerName, HclParameters parameters, Func<HclExamples, IHclClassifier> learner, HclTableAttack? attack, int instances, ulong rootSeed, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (instances < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(instances), instances, "Averaging over instances with a t interval needs at least 2 instances.");
        }
        ExactInformation[] values = Enumerable.Range(0, instances)
            .Select(i => Compute(HclInstance.Generate(parameters, Randomness.SeedDerivation.Stream(rootSeed, Randomness.SeedStreams.ExactInstance(i))), learner, attack))
            .ToArray();
        return ExactInformationSummary.From(learnerName, values, confidence);
    }

    /// <summary>Computes the quantities; <paramref name="attack"/> (optional) gives the exact Fano bound, its guesses
    /// flipped independently with probability <paramref name="flipProbability"/> (a noisy attack, handled exactly:
    /// ē' = ē(1 − 2η) + η).</summary>
    public static ExactInformation Compute(
        HclInstance instance, Func<HclExamples, IHclClassifier> learner, HclTableAttack? attack = null, double flipProbability = 0.0)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(learner);
        HclParameters p = instance.Parameters;
        int n = p.TrainingSize;
        int d = p.Dimension;
        int subpopulations = p.Subpopulations;
        double assignments = Math.Pow(subpopulations, n);
        double bound = assignments * Math.Pow(2, n * d);
        if (d > BinaryDomain.MaxDimension || assignments > MaxTrainingSets || bound > MaxTrainingSets * 64.0)
        {
            throw new ArgumentOutOfRangeException(nameof(instance), p.ToString(), $"Too large to enumerate: N^n·2^(n·d) = {bound:G3}; keep it near {MaxTrainingSets} (e.g. n ≤ 3, d ≤ 4, N ≤ 3).");
        }
        var models = new Dictionary<string, double>();
        // Distinct branches (J, unfixed values) are distinct training sets, so H(X|P) sums over branches directly.
        double dataEntropy = 0.0;
        long trainingSets = 0;
        double fano = 0.0;
        double errorBits = 0.0;
        double attackedBits = 0.0;
        int[] labels = new int[n];
        for (long a = 0; a < (long)assignments; a++)
        {
            double assignmentProbability = 1.0;
            long code = a;
            for (int i = 0; i < n; i++, code /= subpopulations)
            {
                labels[i] = (int)(code % subpopulations);
                assignmentProbability *= p.Prior.Weights[labels[i]];
            }
            if (assignmentProbability == 0.0)
            {
                continue;
            }
            int[] counts = Singletons.Counts(labels, subpopulations);
            int[] singletons = Singletons.Indices(labels, counts);
            // The unfixed positions (i, k) of this assignment, enumerated as the bits of u.
            var free = new List<(int Row, int Coordinate)>();
            for (int i = 0; i < n; i++)
            {
                for (int k = 0; k < d; k++)
                {
                    if (!instance.IsFixed(labels[i], k))
                    {
                        free.Add((i, k));
                    }
                }
            }
            int attackedPerSet = singletons.Sum(i => d - instance.FixedCount(labels[i]));
            long sets = 1L << free.Count;
            trainingSets += sets;
            if (trainingSets > MaxTrainingSets)
            {
                throw new ArgumentOutOfRangeException(nameof(instance), p.ToString(), $"More than {MaxTrainingSets} training sets; use a smaller n, d or N.");
            }
            double setProbability = assignmentProbability / sets;
            double expectedErrors = 0.0;
            for (long u = 0; u < sets; u++)
            {
                sbyte[] values = new sbyte[n * d];
                for (int i = 0; i < n; i++)
                {
                    for (int k = 0; k < d; k++)
                    {
                        values[(i * d) + k] = instance.FixedValues[(labels[i] * d) + k];
                    }
                }
                for (int b = 0; b < free.Count; b++)
                {
                    values[(free[b].Row * d) + free[b].Coordinate] = ((u >> b) & 1) == 1 ? (sbyte)1 : (sbyte)-1;
                }
                var training = new HclExamples(d, values, (int[])labels.Clone());
                int[] table = ExactErrors.HclPredictions(learner(training), d);
                Accumulate(models, Key(table), setProbability);
                dataEntropy -= setProbability * Math.Log2(setProbability);
                if (attack is not null)
                {
                    foreach (int i in singletons)
                    {
                        sbyte[] guess = attack(table, instance, labels[i]);
                        for (int k = 0; k < d; k++)
                        {
                            if (!instance.IsFixed(labels[i], k) && guess[k] != values[(i * d) + k])
                            {
                                expectedErrors += 1.0 / sets;
                            }
                        }
                    }
                }
            }
            if (attack is not null && attackedPerSet > 0)
            {
                double meanError = expectedErrors / attackedPerSet;
                meanError = (meanError * (1.0 - (2.0 * flipProbability))) + flipProbability;
                fano += assignmentProbability * FanoBound.BitwiseBits(attackedPerSet, 1.0, meanError);
                errorBits += assignmentProbability * attackedPerSet * meanError;
                attackedBits += assignmentProbability * attackedPerSet;
            }
        }
        return new ExactInformation(
            Entropy.Shannon(models.Values), dataEntropy, fano,
            attackedBits > 0 ? errorBits / attackedBits : double.NaN, trainingSets, models.Count, (long)n * d);
    }

    internal static void Accumulate(Dictionary<string, double> groups, string key, double probability) =>
        groups[key] = groups.TryGetValue(key, out double sum) ? sum + probability : probability;

    // Exact contents as a string key (one char per entry; labels < 65536).
    private static string Key(int[] table) => string.Create(table.Length, table, (span, t) =>
    {
        for (int i = 0; i < t.Length; i++)
        {
            span[i] = (char)t[i];
        }
    });
}
