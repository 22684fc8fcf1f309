using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Memorization.Devices;
using Memorization.Learners.Sequence;
using static TorchSharp.torch;

namespace Memorization.Tests.Learners.Sequence;

/// <summary>
/// The persistent-memory sequence model (<see cref="SequenceArchitecture.PersistentMemory"/>): causality, probabilities,
/// seeded reproducibility, and that training stores the strings it is given.
/// </summary>
public class PersistentMemoryNetworkTests
{
    private const int Length = 16;

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

    private static Arbitrary<(int Seed, int Position, int OtherSeed)> Cases() =>
        (from seed in Gen.Choose(0, int.MaxValue)
         from position in Gen.Choose(0, Length - 1)
         from other in Gen.Choose(0, int.MaxValue)
         select (seed, position, other)).ToArbitrary();

    [Property(Replay = "(20261206,4243)", MaxTest = 60)]
    public Property ChangingBitsFromTOnNeverChangesColumnsUpToT() =>
        Prop.ForAll(Cases(), c =>
        {
            using var scope = NewDisposeScope();
            Tensor x = bernoulli(full(4, Length, 0.5), new Generator((ulong)c.Seed));
            Tensor y = x.clone();
            y.narrow(1, c.Position, Length - c.Position).copy_(bernoulli(full(4, Length - c.Position, 0.5), new Generator((ulong)c.OtherSeed)));
            Tensor px = Untrained.Value.NextBitProbabilities(x).narrow(1, 0, c.Position + 1);
            Tensor py = Untrained.Value.NextBitProbabilities(y).narrow(1, 0, c.Position + 1);
            return px.eq(py).all().item<bool>();
        });

    [Fact]
    public void ChangingAnEarlierBitDoesChangeALaterColumn()
    {
        using var scope = NewDisposeScope();
        Tensor x = bernoulli(full(8, Length, 0.5), new Generator(5));
        Tensor y = x.clone();
        y.select(1, 3).copy_(1.0 - y.select(1, 3));
        Tensor later = (Untrained.Value.NextBitProbabilities(x) - Untrained.Value.NextBitProbabilities(y)).narrow(1, 4, Length - 4);
        Assert.True(later.abs().max().item<float>() > 1e-4f, "flipping bit 3 changed no output after column 3");
    }

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
