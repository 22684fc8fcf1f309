using Memorization.Attacks;
using Memorization.Attacks.Sequence;
using Memorization.Devices;
using static TorchSharp.torch;
using Memorization.Information;

namespace Memorization.Tests.Attacks.Sequence;

public class ReconstructionScoresTests
{
    public ReconstructionScoresTests() => TorchDevices.EnsureLoaded();

    [Fact]
    public void CountsBitsNoiseBitsAndCentreDeparturesByHand()
    {
        using var scope = NewDisposeScope();
        // Positions 0..1 are the prompt (k = 2) and not scored.
        Tensor centre = tensor(new float[] { 0, 0, 0, 0, 1, 1, 1, 1 }).view(1, 8);
        Tensor target = tensor(new float[] { 1, 0, 1, 1, 1, 1, 0, 1 }).view(1, 8);   // scored noise at 2, 3, 6
        Tensor guess = tensor(new float[] { 1, 0, 1, 0, 0, 1, 0, 1 }).view(1, 8);    // recovers 2 and 6; misses 3; leaves the centre at 4
        ReconstructionScores s = ReconstructionScores.Compute(guess, target, centre, firstScoredPosition: 2);
        Assert.Equal([6], s.Bits);
        Assert.Equal([2], s.BitErrors);             // positions 3 and 4
        Assert.Equal([3], s.NoiseBits);
        Assert.Equal([2], s.NoiseBitsRecovered);
        Assert.Equal([3], s.CleanBits);
        Assert.Equal([1], s.CleanBitsOffCentre);
        Assert.Equal(2.0 / 6.0, s.ErrorFractions[0], 12);
        Assert.Equal(2.0 / 3.0, s.NoiseBitRecovery().Mean, 12);
        Assert.Equal(4.0 / 6.0, s.BitAccuracy().Mean, 12);
    }

    [Fact]
    public void TargetsWithoutNoiseBitsAreLeftOutOfNoiseRecovery()
    {
        using var scope = NewDisposeScope();
        Tensor centres = zeros(2, 4);
        Tensor targets = tensor(new float[] { 0, 0, 0, 0, 1, 1, 0, 0 }).view(2, 4);
        Tensor guesses = tensor(new float[] { 1, 1, 1, 1, 1, 0, 0, 0 }).view(2, 4);
        ReconstructionScores s = ReconstructionScores.Compute(guesses, targets, centres, 0);
        MeanInterval noise = s.NoiseBitRecovery();
        Assert.Equal(1, noise.Count);
        Assert.Equal(0.5, noise.Mean, 12);
    }

    [Fact]
    public void MismatchedRowsNameBothTensors()
    {
        using var scope = NewDisposeScope();
        var ex = Assert.Throws<ArgumentException>(() => ReconstructionScores.Compute(zeros(3, 4), zeros(2, 4), zeros(2, 4), 0));
        Assert.Contains("reconstructions has 3 rows but targets has 2", ex.Message);
    }
}
