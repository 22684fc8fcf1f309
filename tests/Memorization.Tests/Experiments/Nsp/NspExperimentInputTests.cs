using Memorization.Devices;
using Memorization.Experiments.Nsp;
using Memorization.Learners.Sequence;
using Memorization.Tests.Attacks.Sequence;
using static TorchSharp.torch;

namespace Memorization.Tests.Experiments.Nsp;

/// <summary>The runner's cheap parts: option checks and query errors on a model whose answers are known.</summary>
public class NspExperimentInputTests
{
    public NspExperimentInputTests() => TorchDevices.EnsureLoaded();

    [Theory]
    [InlineData(64, "PromptLength")]
    [InlineData(-1, "PromptLength")]
    public void APromptOutsideTheStringIsRefused(int prompt, string field)
    {
        var options = new NspExperimentOptions(SequenceModelOptions.Smoke, 1, PromptLength: prompt);
        var ex = Assert.Throws<InvalidParameterException>(() => options.Validate(64));
        Assert.Contains($"NspExperimentOptions.{field}", ex.Message);
    }

    [Fact]
    public void ZeroProbesAreRefused()
    {
        var ex = Assert.Throws<InvalidParameterException>(() => new NspExperimentOptions(SequenceModelOptions.Smoke, 1, ProbeCount: 0).Validate(64));
        Assert.Contains("ProbeCount", ex.Message);
    }

    [Fact]
    public void QueryErrorsAreSplitByTrainingCount()
    {
        using var scope = NewDisposeScope();
        // The lookup model stores row 0 only; it answers every query with row 0's bits (0.9 / 0.1).
        Tensor stored = tensor(new float[] { 1, 0, 1, 1 }).view(1, 4);
        Tensor strings = tensor(new float[] { 1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 1, 1 }).view(3, 4);
        Tensor positions = tensor(new long[] { 2, 1, 3 });
        Tensor counts = tensor(new long[] { 0, 1, 5 });
        Tensor centres = tensor(new float[] { 1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0 }).view(3, 4);
        var errors = new Dictionary<string, double>();
        var mistakes = new Dictionary<string, bool[]>();
        NspQueryErrors.Add(new LookupModel(stored), new NspQuerySet("q", strings, positions, counts, centres), errors, mistakes);
        Assert.Equal([false, true, false], mistakes["q"]);
        Assert.Equal(0.0, errors["q/m=0"]);            // z_2 = 1, predicted 1
        Assert.Equal(1.0, errors["q/m=1"]);            // z_1 = 1, predicted 0
        Assert.Equal(0.0, errors["q/m≥2"]);            // z_3 = 1, predicted 1
        Assert.Equal(1.0 / 3.0, errors["q/centre-oracle"], 12);   // only the third query's centre differs at T
    }
}
