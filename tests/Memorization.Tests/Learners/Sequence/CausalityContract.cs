using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Memorization.Learners.Sequence;
using static TorchSharp.torch;

namespace Memorization.Tests.Learners.Sequence;

/// <summary>
/// Causality of a next-bit model, whatever its network: column t depends on bits before t and on nothing after. Every
/// architecture's test class derives from it and supplies an untrained model of <see cref="Length"/> bits.
/// </summary>
public abstract class CausalityContract
{
    protected const int Length = 16;

    /// <summary>An untrained model whose outputs every input bit moves.</summary>
    protected abstract SequenceModel Model { get; }

    /// <summary>(string seed, position t, seed of the bits that replace positions ≥ t).</summary>
    private static Arbitrary<(int Seed, int Position, int OtherSeed)> Cases() =>
        (from seed in Gen.Choose(0, int.MaxValue)
         from position in Gen.Choose(0, Length - 1)
         from other in Gen.Choose(0, int.MaxValue)
         select (seed, position, other)).ToArbitrary();

    [Property(Replay = "(20261129,31337)", MaxTest = 60)]
    public Property ChangingBitsFromTOnNeverChangesColumnsUpToT() =>
        Prop.ForAll(Cases(), c =>
        {
            using var scope = NewDisposeScope();
            Tensor x = bernoulli(full(4, Length, 0.5), new Generator((ulong)c.Seed));
            Tensor y = x.clone();
            y.narrow(1, c.Position, Length - c.Position).copy_(bernoulli(full(4, Length - c.Position, 0.5), new Generator((ulong)c.OtherSeed)));
            Tensor px = Model.NextBitProbabilities(x).narrow(1, 0, c.Position + 1);
            Tensor py = Model.NextBitProbabilities(y).narrow(1, 0, c.Position + 1);
            return px.eq(py).all().item<bool>();
        });

    [Fact]
    public void ChangingAnEarlierBitDoesChangeALaterColumn()
    {
        // Guards the causality property against a model that ignores its input altogether.
        using var scope = NewDisposeScope();
        Tensor x = bernoulli(full(8, Length, 0.5), new Generator(5));
        Tensor y = x.clone();
        y.select(1, 3).copy_(1.0 - y.select(1, 3));
        Tensor later = (Model.NextBitProbabilities(x) - Model.NextBitProbabilities(y)).narrow(1, 4, Length - 4);
        Assert.True(later.abs().max().item<float>() > 1e-4f, "flipping bit 3 changed no output after column 3");
    }
}
