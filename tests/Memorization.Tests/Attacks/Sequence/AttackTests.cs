using Memorization.Attacks.Sequence;
using Memorization.Devices;
using static TorchSharp.torch;

namespace Memorization.Tests.Attacks.Sequence;

/// <summary>The attacks on hand-built models whose memory is known exactly.</summary>
public class AttackTests
{
    private const int Length = 32;

    public AttackTests() => TorchDevices.EnsureLoaded();

    private static Tensor RandomBits(long rows, double p, ulong seed) => bernoulli(full(rows, Length, p), new Generator(seed));

    [Fact]
    public void ExtractionRecoversEveryMemorizedStringExactlyInOneBatch()
    {
        using var scope = NewDisposeScope();
        Tensor stored = RandomBits(6, 0.5, 1);
        Tensor recovered = PrefixExtractionAttack.Run(new LookupModel(stored), stored, promptLength: Length / 4);
        Assert.True(recovered.eq(stored).all().item<bool>(), "extraction did not return the memorized strings");
    }

    [Fact]
    public void ExtractionDecodesAKnownStringWithoutAnyPromptAndKeepsThePrompt()
    {
        using var scope = NewDisposeScope();
        Tensor known = RandomBits(1, 0.5, 2);
        Tensor targets = RandomBits(5, 0.5, 3);
        Tensor recovered = PrefixExtractionAttack.Run(new LookupModel(known), targets, promptLength: 0);
        Assert.True(recovered.eq(known.expand(5, -1)).all().item<bool>());

        var positions = new List<int>();
        Tensor prompted = PrefixExtractionAttack.Run(new LookupModel(known), targets, promptLength: 10, onPosition: positions.Add);
        Assert.Equal(Enumerable.Range(10, Length - 10), positions);
        Assert.True(prompted.narrow(1, 0, 10).eq(targets.narrow(1, 0, 10)).all().item<bool>(), "the prompt bits must be the target's");
        Assert.True(prompted.narrow(1, 10, Length - 10).eq(known.narrow(1, 10, Length - 10).expand(5, -1)).all().item<bool>());
    }

    [Fact]
    public void InformedAttackRecoversAKnownStringFromAnyProbes()
    {
        using var scope = NewDisposeScope();
        Tensor known = RandomBits(1, 0.5, 4);
        Tensor centres = RandomBits(3, 0.5, 5);
        Tensor guesses = SequenceInformedAttack.Run(new LookupModel(known), centres, noiseRate: 0.05, probeCount: 9, seed: 6);
        Assert.True(guesses.eq(known.expand(3, -1)).all().item<bool>());
    }

    [Fact]
    public void InformedAttackRecoversTheNoiseOfEachSubpopulationsMemorizedString()
    {
        using var scope = NewDisposeScope();
        Tensor centres = RandomBits(5, 0.5, 7);
        Tensor stored = (centres + RandomBits(5, 0.1, 8)).remainder(2.0);
        Assert.True(stored.ne(centres).sum().item<long>() > 0, "the test needs noise bits to recover");
        Tensor guesses = SequenceInformedAttack.Run(new LookupModel(stored), centres, noiseRate: 0.05, probeCount: 31, seed: 9, maxRowsPerForward: 40);
        // Column 0 conditions on nothing, so no model can tell subpopulations apart there; once the prefix is long
        // enough (d/2 here; 8 bits were not: two centres of this seed nearly agree on their first bits),
        // fresh probes of c_j sit nearest to the string memorized for j.
        const int from = Length / 2;
        Tensor wrong = guesses.narrow(1, from, Length - from).ne(stored.narrow(1, from, Length - from)).nonzero();
        if (wrong.shape[0] != 0)
        {
            Assert.Fail("wrong (row, column − d/2): " + wrong.ToString(TorchSharp.TensorStringStyle.Julia));
        }
    }

    [Fact]
    public void InformedAttackIsReproducibleFromItsSeed()
    {
        using var scope = NewDisposeScope();
        Tensor centres = RandomBits(5, 0.5, 10);
        var model = new LookupModel((centres + RandomBits(5, 0.2, 11)).remainder(2.0));
        Tensor a = SequenceInformedAttack.Run(model, centres, 0.2, 3, seed: 12);
        Tensor b = SequenceInformedAttack.Run(model, centres, 0.2, 3, seed: 12, maxRowsPerForward: 7);
        Assert.True(a.eq(b).all().item<bool>());
    }

    [Fact]
    public void BadArgumentsSayWhatToPass()
    {
        using var scope = NewDisposeScope();
        Tensor known = RandomBits(1, 0.5, 13);
        var model = new LookupModel(known);
        Assert.Contains("0..d = 0..32", Assert.Throws<ArgumentOutOfRangeException>(() => PrefixExtractionAttack.Run(model, known, 33)).Message);
        Assert.Contains("R must be ≥ 1", Assert.Throws<ArgumentOutOfRangeException>(() => SequenceInformedAttack.Run(model, known, 0.05, 0, 1)).Message);
        Assert.Contains("[0, 1/2]", Assert.Throws<ArgumentOutOfRangeException>(() => SequenceInformedAttack.Run(model, known, 0.7, 3, 1)).Message);
    }
}
