namespace Memorization.Tasks;

/// <summary>
/// Singletons (docs/tasks.md#singletons): training examples whose subpopulation occurs exactly once in the training set.
/// </summary>
public static class Singletons
{
    /// <summary>m_j: how many of the <paramref name="assignments"/> J_i equal j, for j = 0..N−1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An assignment is outside [0, N).</exception>
    public static int[] Counts(IReadOnlyList<int> assignments, int subpopulations)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        int[] counts = new int[subpopulations];
        foreach (int j in assignments)
        {
            if ((uint)j >= (uint)subpopulations)
            {
                throw new ArgumentOutOfRangeException(nameof(assignments), j, $"Subpopulation indices must lie in [0, {subpopulations}).");
            }
            counts[j]++;
        }
        return counts;
    }

    /// <summary>The indices i (ascending) of the training examples with m_{J_i} = 1.</summary>
    public static int[] Indices(IReadOnlyList<int> assignments, IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(counts);
        return Enumerable.Range(0, assignments.Count).Where(i => counts[assignments[i]] == 1).ToArray();
    }

    /// <summary>The observed singleton fraction |{i : m_{J_i} = 1}| / n.</summary>
    public static double Fraction(IReadOnlyList<int> assignments, int subpopulations)
    {
        if (assignments.Count == 0)
        {
            throw new ArgumentException("The training set is empty; the singleton fraction needs n ≥ 1.", nameof(assignments));
        }
        return (double)Indices(assignments, Counts(assignments, subpopulations)).Length / assignments.Count;
    }

    /// <summary>The counts m_j with singleton subpopulations (m_j = 1) set to 0: what a forgetful learner keeps (docs/bayes-optimal.md#forgetful-predictors).</summary>
    public static int[] Forget(IReadOnlyList<int> counts) => counts.Select(m => m == 1 ? 0 : m).ToArray();
}
