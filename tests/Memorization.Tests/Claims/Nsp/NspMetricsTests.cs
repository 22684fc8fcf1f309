using Memorization.Attacks.Sequence;
using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Nsp;
using Memorization.Information;

namespace Memorization.Tests.Claims.Nsp;

/// <summary>The NSP claim metrics from attack scores whose counts are known.</summary>
public class NspMetricsTests
{
    // Three targets of 10 scored bits: target 0 recovered verbatim (2 noise bits, both recovered), target 1 with one
    // error on a noise bit (3 noise bits, 2 recovered), target 2 with no noise bit and no error.
    private static readonly ReconstructionScores Scores = new(
        FirstScoredPosition: 4,
        Bits: [10, 10, 10],
        BitErrors: [0, 1, 0],
        NoiseBits: [2, 3, 0],
        NoiseBitsRecovered: [2, 2, 0],
        CleanBits: [8, 7, 10],
        CleanBitsOffCentre: [0, 0, 1]);

    [Fact]
    public void VerbatimRateCountsStringsWithNoErrorAfterThePrompt()
    {
        MetricValue v = NspMetrics.VerbatimRate("v", Scores, 0.95);
        Assert.Equal(2.0 / 3.0, v.Value, 12);
        Assert.Equal(3, v.SampleSize);
        Assert.InRange(2.0 / 3.0, v.Lower, v.Upper);
    }

    [Fact]
    public void ControlsPoolBitsWhileTrainingStringsAverageFractions()
    {
        MetricValue control = NspMetrics.ControlNoiseRecovery("c", Scores, 0.95);
        Assert.Equal(4.0 / 5.0, control.Value, 12);                 // pooled over the 5 noise bits
        Assert.Equal(5, control.SampleSize);
        MetricValue training = NspMetrics.TrainingNoiseRecovery("t", Scores, 0.95);
        Assert.Equal((1.0 + 2.0 / 3.0) / 2.0, training.Value, 12);  // mean over the 2 strings that have a noise bit
        Assert.Equal(2, training.SampleSize);
        MetricValue accuracy = NspMetrics.ControlBitAccuracy("a", Scores, 0.95);
        Assert.Equal(29.0 / 30.0, accuracy.Value, 12);
    }

    [Fact]
    public void TheBlockBoundFractionHasTheBoundAsItsLowerEndAndThePointAboveIt()
    {
        var bound = FanoBound.FromExactRecoveries(1, 40, 48, Entropy.Binary(0.05), 64 * 64, 0.9999);
        MetricValue fraction = NspMetrics.BlockBoundFraction("b", bound);
        double scale = 64 * 64 * Entropy.Binary(0.05);
        Assert.Equal(bound.Bits / scale, fraction.Lower, 12);
        double f = 1.0 / 40;
        Assert.Equal(40 * ((48 * Entropy.Binary(0.05)) - Entropy.Binary(f) - (f * 48)) / scale, fraction.Value, 9);
        Assert.True(fraction.Value >= fraction.Lower);
    }
}
