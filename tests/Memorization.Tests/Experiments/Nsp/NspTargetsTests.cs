using Memorization.Devices;
using Memorization.Experiments.Nsp;
using Memorization.Tests.Learners.Sequence;
using static TorchSharp.torch;

namespace Memorization.Tests.Experiments.Nsp;

/// <summary>The attack targets: singletons, k fresh controls per singleton, repeated strings.</summary>
public class NspTargetsTests
{
    public NspTargetsTests() => TorchDevices.EnsureLoaded();

    [Fact]
    public void EachSingletonGetsKFreshControlsOfItsOwnSubpopulation()
    {
        using var scope = NewDisposeScope();
        using var data = SyntheticNsp.Draw(24, 16, 32, 0.1, 7);
        long[] counts = data.Counts();
        long singletons = data.Subpopulations.data<long>().ToArray().Count(j => counts[j] == 1);
        long repeated = data.Subpopulations.data<long>().ToArray().Count(j => counts[j] >= 2);
        var inputs = new NspExperimentInputs(data.Strings, data.Subpopulations, data.Centres, data.NoiseRate, []);

        NspTargets targets = NspTargets.Build(inputs, 11, CPU, freshPerSingleton: 3);

        Assert.Equal(singletons, targets.Size(NspTargetGroup.Singletons));
        Assert.Equal(3 * singletons, targets.Size(NspTargetGroup.FreshControls));
        Assert.Equal(repeated, targets.Size(NspTargetGroup.Repeated));
        // Control block r (r = 0, 1, 2) has the singletons' centres in the singletons' order.
        Tensor singletonCentres = targets.Rows(targets.Centres, NspTargetGroup.Singletons);
        Tensor controlCentres = targets.Rows(targets.Centres, NspTargetGroup.FreshControls);
        for (int r = 0; r < 3; r++)
        {
            Assert.True(controlCentres.narrow(0, r * singletons, singletons).eq(singletonCentres).all().item<bool>());
        }
        // Fresh strings are new draws, not copies of the training strings.
        Assert.False(targets.Rows(targets.Strings, NspTargetGroup.FreshControls).narrow(0, 0, singletons)
            .eq(targets.Rows(targets.Strings, NspTargetGroup.Singletons)).all().item<bool>());
    }

    [Fact]
    public void GuessesFromTrainingCentresAreSharedWithTheControlsOfTheSameSubpopulation()
    {
        using var scope = NewDisposeScope();
        using var data = SyntheticNsp.Draw(24, 16, 32, 0.1, 8);
        var inputs = new NspExperimentInputs(data.Strings, data.Subpopulations, data.Centres, data.NoiseRate, []);
        NspTargets targets = NspTargets.Build(inputs, 12, CPU, freshPerSingleton: 2);

        Tensor trainingCentres = targets.TrainingCentres();
        Tensor expanded = targets.ExpandFromTrainingCentres(trainingCentres);

        Assert.True(expanded.eq(targets.Centres).all().item<bool>());
    }

    [Fact]
    public void ZeroControlsPerSingletonIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
        {
            using var data = SyntheticNsp.Draw(8, 8, 16, 0.1, 9);
            NspTargets.Build(new NspExperimentInputs(data.Strings, data.Subpopulations, data.Centres, data.NoiseRate, []), 1, CPU, freshPerSingleton: 0);
        });
}
