using Memorization.Devices;
using Memorization.Learners.Sequence;
using static TorchSharp.torch;

namespace Memorization.Tests.Learners.Sequence;

/// <summary>
/// The persistent-memory sequence model (<see cref="SequenceArchitecture.PersistentMemory"/>): causality, probabilities,
/// seeded reproducibility, and that training stores the strings it is given.
/// </summary>
public class PersistentMemoryNetworkTests : CausalityContract
{
    private static readonly SequenceModelOptions Memory = SequenceModelOptions.Smoke with
    {
        Architecture = SequenceArchitecture.PersistentMemory,
        MemorySlots = 24,
        LearningRate = 0.05,
        Steps = 300,
        CheckpointEvery = 300,
        CosineDecay = true,
    };

    private static readonly Lazy<SequenceModel> Untrained = new(() =>
    {
        TorchDevices.EnsureLoaded();
        return SequenceModel.Create(Length, Memory, 20261206, CPU);
    });

    /// <inheritdoc />
    protected override SequenceModel Model => Untrained.Value;

    [Fact]
    public void OutputsAreProbabilitiesAndTheParametersAreTheSlotsKeysValuesAndBiases()
    {
        using var scope = NewDisposeScope();
        Tensor p = Untrained.Value.NextBitProbabilities(bernoulli(full(32, Length, 0.5), new Generator(6)));
        Assert.Equal(new long[] { 32, Length }, p.shape);
        Assert.True(p.gt(0.0).all().item<bool>() && p.lt(1.0).all().item<bool>());
        Assert.Equal(Memory.MemorySlots * (2L * Length + 1), Untrained.Value.ParameterCount);
        Assert.Equal("persistent-memory", Untrained.Value.Name);
    }

    [Fact]
    public void SameSeedGivesIdenticalTrainingAndAnotherSeedDoesNot()
    {
        using var data = SyntheticNsp.Draw(12, 12, Length, 0.05, 3);
        float[] Train(long seed)
        {
            using var model = SequenceModel.Create(Length, Memory with { Steps = 5, InputNoiseRate = 0.03 }, seed, CPU);
            SequenceTrainer.Train(model, data.Strings, 5);
            return model.ParameterValues();
        }
        Assert.Equal(Train(1), Train(1));
        Assert.NotEqual(Train(1), Train(2));
    }

    [Fact]
    public void TrainingStoresSingletonStringsSoThatTheirPrefixRecallsTheRest()
    {
        // 12 strings of 12 distinct subpopulations (all singletons): after training, each string's own first half,
        // fed bit by bit, must predict its second half. An untrained or forgetful model gets about half of these bits.
        using var data = SyntheticNsp.Draw(12, 4096, Length, 0.05, 7);
        using var model = SequenceModel.Create(Length, Memory, 11, CPU);
        SequenceTrainingResult result = SequenceTrainer.Train(model, data.Strings, 13);
        Assert.True(result.StepLosses[^1] < 0.5 * result.StepLosses[0], $"the loss fell only from {result.StepLosses[0]:F3} to {result.StepLosses[^1]:F3}");
        using Tensor predicted = model.NextBitProbabilities(data.Strings).gt(0.5).to(float32);
        double secondHalfAccuracy = predicted.narrow(1, Length / 2, Length / 2).eq(data.Strings.narrow(1, Length / 2, Length / 2))
            .to(float32).mean().item<float>();
        Assert.True(secondHalfAccuracy > 0.95, $"second-half bit accuracy {secondHalfAccuracy:F3}");
    }

    [Fact]
    public void ABatchTooLargeForOneChunkGivesTheSameProbabilitiesAsSmallBatches()
    {
        // 4096 slots × 16 bits per string: inference splits more than 512 rows into chunks (SequenceModel.InferenceElements).
        using var wide = SequenceModel.Create(Length, Memory with { MemorySlots = 4096 }, 3, CPU);
        using var scope = NewDisposeScope();
        Tensor x = bernoulli(full(1100, Length, 0.5), new Generator(8));
        Tensor whole = wide.NextBitProbabilities(x);
        Tensor pieces = cat(Enumerable.Range(0, 11).Select(i => wide.NextBitProbabilities(x.narrow(0, 100 * i, 100))).ToArray(), 0);
        Assert.Equal(new long[] { 1100, Length }, whole.shape);
        Assert.True(whole.eq(pieces).all().item<bool>(), "chunked inference changed a probability");
    }

    [Fact]
    public void AMemoryModelWithoutSlotsIsRejectedNamingTheField()
    {
        var ex = Assert.Throws<Memorization.InvalidParameterException>(() => (Memory with { MemorySlots = 0 }).Validate());
        Assert.Contains("SequenceModelOptions.MemorySlots", ex.Message);
    }
}
