using Memorization.Tasks;

namespace Memorization.Experiments.Hcl;

/// <summary>
/// Per-example facts of an HCL data set that the experiments and their metrics share: each singleton's number of
/// unfixed (irrelevant) coordinates, and which represented queries come from well-represented subpopulations.
/// </summary>
public static class HclExampleGroups
{
    /// <summary>The unfixed-coordinate count of each singleton training example of <paramref name="data"/>, in its singleton order.</summary>
    public static int[] UnfixedCounts(HclDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.SingletonIndices
            .Select(i => data.Parameters.Dimension - data.Instance.FixedCount(data.Training.Labels[i]))
            .ToArray();
    }

    /// <summary>
    /// The mistakes on <paramref name="data"/>'s represented test queries (fresh examples of subpopulations with ≥ 1
    /// training example) restricted to the <b>well-represented</b> ones, whose subpopulation has ≥ 2 training examples,
    /// in query order: the queries on which a model that forgets only its singletons keeps its accuracy (SIZE, DP).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="representedMistakes"/> is not one outcome per represented query.</exception>
    public static bool[] WellRepresentedMistakes(HclDataSet data, IReadOnlyList<bool> representedMistakes)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(representedMistakes);
        IReadOnlyList<int> labels = data.RepresentedTest.Labels;
        if (representedMistakes.Count != labels.Count)
        {
            throw new ArgumentException(
                $"{representedMistakes.Count} outcomes for {labels.Count} represented queries: pass the mistakes on data.RepresentedTest.", nameof(representedMistakes));
        }
        return representedMistakes.Where((_, i) => data.Counts[labels[i]] >= 2).ToArray();
    }
}
