using Memorization.Experiments.Hcl;
using Memorization.Tasks;

namespace Memorization.Tests.Claims.Hcl;

/// <summary>The well-represented queries shared by SIZE and DP: represented queries whose subpopulation has ≥ 2 training examples.</summary>
public class WellRepresentedMistakesTests
{
    [Fact]
    public void KeepsExactlyTheQueriesOfSubpopulationsWithTwoOrMoreTrainingExamplesInOrder()
    {
        HclDataSet data = HclDataSet.Generate(new HclParameters(40, 20, 40, 0.3, testSize: 60), 11);
        // Mark each represented query by its position, so the filter's output says which queries it kept.
        IReadOnlyList<int> labels = data.RepresentedTest.Labels;
        bool[] odd = Enumerable.Range(0, labels.Count).Select(i => i % 2 == 1).ToArray();
        int[] expected = Enumerable.Range(0, labels.Count).Where(i => data.Counts[labels[i]] >= 2).ToArray();
        Assert.InRange(expected.Length, 1, labels.Count - 1); // both kinds occur: the filter is tested on both

        bool[] kept = HclExampleGroups.WellRepresentedMistakes(data, odd);

        Assert.Equal(expected.Select(i => i % 2 == 1), kept);
    }

    [Fact]
    public void OutcomesOfAnotherQuerySetAreRejected()
    {
        HclDataSet data = HclDataSet.Generate(new HclParameters(40, 20, 40, 0.3, testSize: 60), 11);
        var ex = Assert.Throws<ArgumentException>(() => HclExampleGroups.WellRepresentedMistakes(data, new bool[59]));
        Assert.Contains("59 outcomes for 60 represented queries", ex.Message);
    }
}
