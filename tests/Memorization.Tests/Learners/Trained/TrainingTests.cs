using Memorization.Learners.Trained;
using Memorization.Tests.Experiments.Hcl;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Tests.Learners.Trained;

public class TrainingTests
{
    [Fact]
    public void DuplicationAppendsEachSingletonOnceInOrder()
    {
        using var x = arange(12, dtype: ScalarType.Float32).view(4, 3);
        using var y = tensor(new long[] { 0, 1, 2, 3 });
        using var singletons = tensor(new long[] { 3, 1 });
        (Tensor dx, Tensor dy) = SingletonDuplication.Duplicate(x, y, singletons);
        using (dx)
        using (dy)
        {
            Assert.Equal(new long[] { 6, 3 }, dx.shape);
            Assert.Equal(new long[] { 0, 1, 2, 3, 3, 1 }, dy.data<long>().ToArray());
            Assert.Equal(new float[] { 9, 10, 11, 3, 4, 5 }, dx.narrow(0, 4, 2).data<float>().ToArray());
        }
    }

    [Fact]
    public void DuplicationRejectsOutOfRangeAndRepeatedIndices()
    {
        using var x = zeros(4, 3);
        using var y = zeros(4, dtype: ScalarType.Int64);
        using var outOfRange = tensor(new long[] { 4 });
        var ex = Assert.Throws<ArgumentException>(() => SingletonDuplication.Duplicate(x, y, outOfRange));
        Assert.Contains("[0, 4)", ex.Message);
        using var repeated = tensor(new long[] { 1, 1 });
        ex = Assert.Throws<ArgumentException>(() => SingletonDuplication.Duplicate(x, y, repeated));
        Assert.Contains("twice", ex.Message);
    }

    [Fact]
    public void CheckpointsComeAtStepZeroEveryKStepsAndAtTheEnd()
    {
        using var data = SyntheticHcl.Create(40, 30, 20, 0.2, 7);
        var steps = new List<int>();
        var losses = new List<double>();
        using var model = LogisticRegressionTrainer.Train(data.Inputs, data.Labels, data.SingletonIndices, data.LabelCount,
            LogisticRegressionOptions.Published with { Steps = 7, CheckpointEvery = 3 }, CPU, 1,
            c => { steps.Add(c.Step); losses.Add(c.Loss); });
        Assert.Equal(new[] { 0, 3, 6, 7 }, steps);
        // Training lowers the full-batch NLL from its initial value (≈ ln N at init).
        Assert.True(losses[^1] < losses[0], $"loss {losses[0]:F4} → {losses[^1]:F4} did not fall");
    }

    [Fact]
    public void TrainingIsDeterministicAndIndependentOfTheGlobalGeneratorAndOfParallelRuns()
    {
        using var data = SyntheticHcl.Create(40, 30, 20, 0.2, 8);
        var options = MlpOptions.Published with { HiddenWidth = 16, Steps = 5 };
        Tensor Train(long globalSeed)
        {
            torch.manual_seed(globalSeed);
            using var model = MlpTrainer.Train(data.Inputs, data.Labels, data.LabelCount, options, CPU, 42);
            return model.Hidden.weight!.detach().clone();
        }
        using Tensor sequential = Train(1);
        Tensor[] parallel = new Tensor[2];
        Parallel.For(0, 2, i => parallel[i] = Train(100 + i));
        Assert.True(TrainedModelTests.Same(sequential, parallel[0]));
        Assert.True(TrainedModelTests.Same(sequential, parallel[1]));
        foreach (var t in parallel)
        {
            t.Dispose();
        }
    }

    [Fact]
    public void TrainingChangesTheWeightsAndDifferentInitSeedsDiffer()
    {
        using var data = SyntheticHcl.Create(40, 30, 20, 0.2, 9);
        using var untrained = new LogisticRegressionModel(30, 20, 5, CPU);
        using var trained = LogisticRegressionTrainer.Train(data.Inputs, data.Labels, data.SingletonIndices, data.LabelCount,
            LogisticRegressionOptions.Published with { Steps = 3 }, CPU, 5);
        using var otherSeed = LogisticRegressionTrainer.Train(data.Inputs, data.Labels, data.SingletonIndices, data.LabelCount,
            LogisticRegressionOptions.Published with { Steps = 3 }, CPU, 6);
        Assert.False(TrainedModelTests.Same(untrained.Linear.weight!, trained.Linear.weight!));
        Assert.False(TrainedModelTests.Same(trained.Linear.weight!, otherSeed.Linear.weight!));
    }

    [Fact]
    public void LabelsOutsideTheLabelCountAreAClearError()
    {
        using var data = SyntheticHcl.Create(20, 10, 8, 0.2, 10);
        var ex = Assert.Throws<ArgumentException>(() =>
            MlpTrainer.Train(data.Inputs, data.Labels, 4, MlpOptions.Published with { HiddenWidth = 4, Steps = 1 }, CPU, 1));
        Assert.Contains("[0, 4)", ex.Message);
    }

    [Fact]
    public void TheLoopSetsTheScheduledLearningRateBeforeEveryUpdate()
    {
        using var data = SyntheticHcl.Create(20, 10, 8, 0.2, 11);
        using var model = new MlpModel(10, 4, 8, 1, CPU);
        using var optimizer = FullBatchTrainer.CreateOptimizer(model, 3e-4, 0.999);
        var asked = new List<int>();
        var options = MlpOptions.Published with { Steps = 4, DecayAfterStep = 2 };
        FullBatchTrainer.Run(model, data.Inputs, data.Labels, optimizer, options.Steps, 10, step =>
        {
            asked.Add(step);
            return options.LearningRateAt(step);
        }, null);
        Assert.Equal(new[] { 0, 1, 2, 3 }, asked);
        Assert.Equal(3e-4 * 0.3, Assert.Single(optimizer.ParamGroups).LearningRate, 15);
    }
}
