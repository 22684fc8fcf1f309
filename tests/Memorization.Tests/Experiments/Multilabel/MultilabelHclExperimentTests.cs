using Memorization.Experiments.Multilabel;
using Memorization.Learners.Trained;
using Memorization.Tasks;
using static TorchSharp.torch;

namespace Memorization.Tests.Experiments.Multilabel;

public class MultilabelHclExperimentTests
{
    private static readonly MultilabelHclOptions Tiny = new(new HclParameters(40, 300, 40, 0.5, testSize: 40), 48, 123, LogisticRegressionOptions.Published);

    [Fact]
    public void ARunIsDeterministicAndAttacksEverySingleton()
    {
        MultilabelHclResult a = MultilabelHclExperiment.Run(Tiny, CPU);
        MultilabelHclResult b = MultilabelHclExperiment.Run(Tiny, CPU);
        int singletons = a.Data.Examples.SingletonIndices.Count;
        Assert.True(singletons > 0);
        Assert.Equal(singletons, a.UnfixedCounts.Length);
        Assert.Equal(singletons, a.Sign.Targets.AllBits.Count);
        Assert.Equal(singletons, a.CoordinateAscent!.Targets.AllBits.Count);
        Assert.Equal(a.Model.Singletons, b.Model.Singletons);
        Assert.Equal(a.Sign.Targets.AllBits, b.Sign.Targets.AllBits);
        Assert.Equal(a.CoordinateAscent.Targets.AllBits, b.CoordinateAscent!.Targets.AllBits);
        Assert.Equal(0.75, a.GuessingReference, 12);
        Assert.Equal(40L * 300, a.TrainingBits);
    }

    [Fact]
    public void ATrainingSetWithoutSingletonsIsAnErrorSayingWhatToRaise()
    {
        // n = 2 examples of N = 1 subpopulation: both share it, so no example is a singleton.
        var options = Tiny with { Parameters = new HclParameters(2, 20, 1, 0.5, testSize: 4) };
        var ex = Assert.Throws<InvalidOperationException>(() => MultilabelHclExperiment.Run(options, CPU));
        Assert.Contains("raise n or N", ex.Message);
    }

    [Fact]
    public void AnImpossibleKIsAnErrorBeforeAnythingRuns()
    {
        var ex = Assert.Throws<InvalidParameterException>(() => MultilabelHclExperiment.Run(Tiny with { LabelBits = 0 }, CPU));
        Assert.Equal("labelBits", ex.ParamName);
    }
}
