using Memorization.Devices;
using Memorization.Learners.Sequence;
using static TorchSharp.torch;

namespace Memorization.Tests.Learners.Sequence;

/// <summary>The causal sequence model's contract: causality, probabilities, seeded reproducibility, input checks.</summary>
public class SequenceModelTests : CausalityContract
{
    // A small untrained model with weights large enough that every input bit moves the outputs.
    private static readonly SequenceModelOptions Small = SequenceModelOptions.Smoke with
    {
        ModelDimension = 16,
        Heads = 2,
        FeedForwardDimension = 32,
        Steps = 4,
        CheckpointEvery = 2,
        InitStandardDeviation = 0.3,
    };

    private static readonly Lazy<SequenceModel> SharedModel = new(() =>
    {
        TorchDevices.EnsureLoaded();
        return SequenceModel.Create(Length, Small, 20261129, CPU);
    });

    /// <inheritdoc />
    protected override SequenceModel Model => SharedModel.Value;

    [Fact]
    public void OutputsAreProbabilitiesOfTheInputsShapeAndDevice()
    {
        using var scope = NewDisposeScope();
        Tensor x = bernoulli(full(32, Length, 0.5), new Generator(6));
        Tensor p = SharedModel.Value.NextBitProbabilities(x);
        Assert.Equal(new long[] { 32, Length }, p.shape);
        Assert.Equal(ScalarType.Float32, p.dtype);
        Assert.Equal(x.device.type, p.device.type);
        Assert.True(p.ge(0.0).all().item<bool>() && p.le(1.0).all().item<bool>());
    }

    [Fact]
    public void SameSeedGivesIdenticalWeightsAndAnotherSeedDoesNot()
    {
        using var a = SequenceModel.Create(Length, Small, 77, CPU);
        using var b = SequenceModel.Create(Length, Small, 77, CPU);
        using var c = SequenceModel.Create(Length, Small, 78, CPU);
        Assert.Equal(a.ParameterValues(), b.ParameterValues());
        Assert.NotEqual(a.ParameterValues(), c.ParameterValues());
        Assert.Equal(a.ParameterCount * 32, a.ParameterBits);
        Assert.Equal(a.ParameterCount, a.ParameterValues().Length);
    }

    [Fact]
    public void SameSeedGivesIdenticalTraining()
    {
        using var data = SyntheticNsp.Draw(12, 6, Length, 0.05, 3);
        (IReadOnlyList<double> Losses, float[] Weights) TrainOnce(SequenceModelOptions options)
        {
            using var model = SequenceModel.Create(Length, options, 99, CPU);
            SequenceTrainingResult result = SequenceTrainer.Train(model, data.Strings, 5);
            return (result.StepLosses, model.ParameterValues());
        }
        var first = TrainOnce(Small);
        var second = TrainOnce(Small);
        Assert.Equal(Small.Steps, first.Losses.Count);
        Assert.Equal(first.Losses, second.Losses);
        Assert.Equal(first.Weights, second.Weights);

        // Mini-batches draw their order from the shuffle seed: also repeatable.
        var batched = Small with { BatchSize = 5 };
        Assert.Equal(TrainOnce(batched).Weights, TrainOnce(batched).Weights);

        // Noisy contexts draw their flips from the same seeded generator: repeatable, and a different training.
        var noisy = Small with { InputNoiseRate = 0.1 };
        float[] noisyWeights = TrainOnce(noisy).Weights;
        Assert.Equal(noisyWeights, TrainOnce(noisy).Weights);
        Assert.NotEqual(first.Weights, noisyWeights);
    }

    [Fact]
    public void CheckpointsComeAtStepZeroEveryKStepsAndAtTheEnd()
    {
        using var data = SyntheticNsp.Draw(8, 4, Length, 0.05, 4);
        using var model = SequenceModel.Create(Length, Small with { Steps = 5, CheckpointEvery = 2 }, 1, CPU);
        var steps = new List<int>();
        SequenceTrainer.Train(model, data.Strings, 1, c => steps.Add(c.Step));
        Assert.Equal([0, 2, 4, 5], steps);
    }

    [Fact]
    public void EveryStepIsReportedOnceInOrderAndListeningChangesNoWeight()
    {
        using var data = SyntheticNsp.Draw(8, 4, Length, 0.05, 4);
        using var quiet = SequenceModel.Create(Length, Small with { Steps = 5, CheckpointEvery = 2 }, 1, CPU);
        using var told = SequenceModel.Create(Length, Small with { Steps = 5, CheckpointEvery = 2 }, 1, CPU);
        var steps = new List<int>();
        SequenceTrainer.Train(quiet, data.Strings, 1);
        SequenceTrainer.Train(told, data.Strings, 1, onStep: steps.Add);
        Assert.Equal([1, 2, 3, 4, 5], steps);
        using var q = quiet.NextBitProbabilities(data.Strings);
        using var t = told.NextBitProbabilities(data.Strings);
        Assert.True(q.eq(t).all().item<bool>(), "reporting steps changed the trained model");
    }

    [Fact]
    public void PlusMinusOneStringsAreRejectedWithTheFix()
    {
        using var x = ones(2, Length) * -1.0;
        var ex = Assert.Throws<ArgumentException>(() => SharedModel.Value.NextBitProbabilities(x));
        Assert.Contains("(x + 1) / 2", ex.Message);
        using var wrongLength = zeros(2, Length + 1);
        Assert.Contains($"[batch, {Length}]", Assert.Throws<ArgumentException>(() => SharedModel.Value.NextBitProbabilities(wrongLength)).Message);
    }

    [Theory]
    [InlineData("Heads")]
    [InlineData("LearningRate")]
    [InlineData("CheckpointEvery")]
    [InlineData("BatchSize")]
    [InlineData("InputNoiseRate")]
    public void InvalidOptionsNameTheField(string field)
    {
        SequenceModelOptions bad = field switch
        {
            "InputNoiseRate" => Small with { InputNoiseRate = 0.5 },
            "Heads" => Small with { Heads = 3 },
            "LearningRate" => Small with { LearningRate = 0.0 },
            "CheckpointEvery" => Small with { CheckpointEvery = 0 },
            _ => Small with { BatchSize = 0 },
        };
        var ex = Assert.Throws<InvalidParameterException>(() => bad.Validate());
        Assert.Contains($"SequenceModelOptions.{field}", ex.Message);
    }

    [Fact]
    public void PresetsAreValid()
    {
        SequenceModelOptions.Smoke.Validate();
        SequenceModelOptions.Paper.Validate();
        Assert.Same(SequenceModelOptions.Paper, SequenceModelOptions.ForTier(Memorization.Configuration.Tier.Paper));
    }
}
