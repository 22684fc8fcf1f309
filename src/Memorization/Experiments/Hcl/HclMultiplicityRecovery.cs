namespace Memorization.Experiments.Hcl;

/// <summary>
/// Recovery against multiplicity (docs/attacks.md#recovery-against-multiplicity): the attack's reconstruction of every
/// subpopulation with ≥ 1 training example, compared on its irrelevant (unfixed) coordinates with each of its m training
/// examples and with one fresh example of it. One value per subpopulation: its examples share one reconstruction, so
/// they are not independent samples.
/// </summary>
/// <param name="Subpopulations">One entry per attacked subpopulation with ≥ 1 unfixed coordinate, in label order.</param>
public sealed record HclMultiplicityRecovery(IReadOnlyList<HclSubpopulationRecovery> Subpopulations)
{
    /// <summary>
    /// Measures reconstructions against the training examples and fresh controls; every array is row-major with
    /// <paramref name="dimension"/> columns, ±1 values compared for equality.
    /// </summary>
    /// <param name="dimension">d.</param>
    /// <param name="trainLabels">The subpopulation of each training example (n).</param>
    /// <param name="trainInputs">The training examples, [n, d].</param>
    /// <param name="attacked">The attacked subpopulations, the rows of <paramref name="reconstructions"/>; each must have a training example.</param>
    /// <param name="reconstructions">The attack's output, [attacked, d].</param>
    /// <param name="fixedMasks">True where subpopulation j fixes coordinate k, [N, d].</param>
    /// <param name="freshControls">One fresh example of every subpopulation, [N, d].</param>
    /// <exception cref="ArgumentException">Shapes disagree, or an attacked subpopulation has no training example.</exception>
    public static HclMultiplicityRecovery Measure(
        int dimension, IReadOnlyList<int> trainLabels, ReadOnlySpan<float> trainInputs, IReadOnlyList<int> attacked,
        ReadOnlySpan<float> reconstructions, ReadOnlySpan<bool> fixedMasks, ReadOnlySpan<float> freshControls)
    {
        ArgumentNullException.ThrowIfNull(trainLabels);
        ArgumentNullException.ThrowIfNull(attacked);
        int d = dimension;
        if (d < 1 || trainInputs.Length != trainLabels.Count * d || reconstructions.Length != attacked.Count * d
            || fixedMasks.Length % d != 0 || freshControls.Length != fixedMasks.Length)
        {
            throw new ArgumentException(
                $"Shapes disagree: d = {d}, {trainLabels.Count} labels for {trainInputs.Length} input values, {attacked.Count} attacked for " +
                $"{reconstructions.Length} reconstruction values, masks {fixedMasks.Length} and fresh controls {freshControls.Length} values (both [N, d]).",
                nameof(trainInputs));
        }

        var rowsOf = new Dictionary<int, List<int>>();
        for (int i = 0; i < trainLabels.Count; i++)
        {
            if (!rowsOf.TryGetValue(trainLabels[i], out List<int>? rows))
            {
                rowsOf[trainLabels[i]] = rows = [];
            }
            rows.Add(i);
        }

        var result = new List<HclSubpopulationRecovery>(attacked.Count);
        for (int a = 0; a < attacked.Count; a++)
        {
            int j = attacked[a];
            if (!rowsOf.TryGetValue(j, out List<int>? rows))
            {
                throw new ArgumentException($"Subpopulation {j} was attacked but has no training example; attack the subpopulations of the training labels.", nameof(attacked));
            }
            ReadOnlySpan<float> guess = reconstructions.Slice(a * d, d);
            ReadOnlySpan<bool> mask = fixedMasks.Slice(j * d, d);
            int unfixed = 0;
            foreach (bool isFixed in mask)
            {
                unfixed += isFixed ? 0 : 1;
            }
            if (unfixed == 0)
            {
                continue; // no irrelevant coordinate to recover
            }
            double training = 0.0;
            foreach (int i in rows)
            {
                training += Agreement(guess, trainInputs.Slice(i * d, d), mask, unfixed);
            }
            training /= rows.Count;
            double fresh = Agreement(guess, freshControls.Slice(j * d, d), mask, unfixed);
            result.Add(new HclSubpopulationRecovery(j, rows.Count, training, fresh));
        }

        return new HclMultiplicityRecovery(result);
    }

    /// <summary>The subpopulations whose multiplicity is in bucket <paramref name="bucket"/> of <see cref="Bucket"/> with top <paramref name="top"/>.</summary>
    public IReadOnlyList<HclSubpopulationRecovery> InBucket(int bucket, int top) =>
        Subpopulations.Where(s => Bucket(s.Multiplicity, top) == bucket).ToArray();

    /// <summary>The subpopulations with multiplicity m ≥ <paramref name="lowest"/>.</summary>
    public IReadOnlyList<HclSubpopulationRecovery> AtLeast(int lowest) => Subpopulations.Where(s => s.Multiplicity >= lowest).ToArray();

    /// <summary>The bucket of multiplicity <paramref name="m"/> ≥ 1: m itself below <paramref name="top"/>, <paramref name="top"/> for every m ≥ top ("≥ top").</summary>
    public static int Bucket(int m, int top)
    {
        if (m < 1 || top < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(m), $"multiplicity {m} and top bucket {top} must be ≥ 1.");
        }
        return Math.Min(m, top);
    }

    /// <summary>
    /// The theory: on an irrelevant coordinate the majority (sign of the sum) of m i.i.d. uniform bits, ties broken by a
    /// fair coin, agrees with one given of them with probability P[Bin(m−1, ½) &gt; (m−1)/2] + ½·P[Bin(m−1, ½) = (m−1)/2]:
    /// 1, 3/4, 3/4, 11/16, … → 1/2 + O(1/√m).
    /// </summary>
    public static double MajorityAgreement(int m)
    {
        if (m < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(m), m, "m counts training examples, ≥ 1.");
        }
        int others = m - 1;
        double total = 0.0;
        for (int k = 0; k <= others; k++)
        {
            // k of the other examples agree with the given one: its side has k + 1 votes against others − k.
            double p = Math.Exp(LogChoose(others, k) - (others * Math.Log(2.0)));
            int margin = (k + 1) - (others - k);
            total += margin > 0 ? p : margin == 0 ? p / 2.0 : 0.0;
        }
        return total;
    }

    private static double LogChoose(int n, int k)
    {
        double sum = 0.0;
        for (int i = 1; i <= k; i++)
        {
            sum += Math.Log(n - k + i) - Math.Log(i);
        }
        return sum;
    }

    private static double Agreement(ReadOnlySpan<float> guess, ReadOnlySpan<float> example, ReadOnlySpan<bool> fixedMask, int unfixed)
    {
        int matched = 0;
        for (int k = 0; k < guess.Length; k++)
        {
            if (!fixedMask[k] && guess[k] == example[k])
            {
                matched++;
            }
        }
        return (double)matched / unfixed;
    }
}

/// <summary>One attacked subpopulation of <see cref="HclMultiplicityRecovery"/>.</summary>
/// <param name="Subpopulation">Its label.</param>
/// <param name="Multiplicity">m, its number of training examples.</param>
/// <param name="TrainingRecovery">The mean over its m training examples of the fraction of unfixed coordinates the reconstruction matches.</param>
/// <param name="FreshRecovery">The same fraction for one fresh example of it (the control: ½ in expectation for every m).</param>
public sealed record HclSubpopulationRecovery(int Subpopulation, int Multiplicity, double TrainingRecovery, double FreshRecovery);
