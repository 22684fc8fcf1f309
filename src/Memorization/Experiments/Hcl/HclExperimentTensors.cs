using Memorization.Randomness;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Experiments.Hcl;

/// <summary>
/// Turns a generated HCL data set (Tasks/) into the tensors of the published experiment (Experiments/Hcl/),
/// adding the fresh controls: one new example of each singleton's subpopulation, drawn from the stream
/// <c>controls/fresh-singletons</c> of the data set's root seed; and one new example of every subpopulation, from the
/// stream <c>controls/fresh-subpopulations</c>, the control of recovery against multiplicity (its own stream, so the
/// singletons' controls and every other draw stay as they were).
/// </summary>
public static class HclExperimentTensors
{
    /// <summary>The experiment's tensors on <paramref name="device"/>.</summary>
    public static HclExperimentData From(HclDataSet data, torch.Device device)
    {
        ArgumentNullException.ThrowIfNull(data);
        HclInstance instance = data.Instance;
        int d = instance.Dimension;
        IReadOnlyList<int> singletons = data.SingletonIndices;
        var controls = new sbyte[singletons.Count * d];
        int[] controlLabels = new int[singletons.Count];
        System.Random random = SeedDerivation.Stream(data.RootSeed, SeedStreams.FreshSingletonControls);
        for (int s = 0; s < singletons.Count; s++)
        {
            int subpopulation = data.Training.Labels[singletons[s]];
            controlLabels[s] = subpopulation;
            instance.SampleExample(subpopulation, random, controls.AsSpan(s * d, d));
        }

        int subpopulations = instance.Subpopulations;
        var everyControl = new sbyte[subpopulations * d];
        System.Random everyRandom = SeedDerivation.Stream(data.RootSeed, SeedStreams.FreshSubpopulationControls);
        for (int j = 0; j < subpopulations; j++)
        {
            instance.SampleExample(j, everyRandom, everyControl.AsSpan(j * d, d));
        }

        return new HclExperimentData(
            data.Training.ToTensor(device),
            data.Training.LabelsTensor(device),
            torch.tensor(singletons.Select(i => (long)i).ToArray(), torch.int64, device),
            instance.FixedMaskTensor(device),
            instance.FixedValuesTensor(device),
            Labelled(data.FreshTest, device),
            Labelled(data.RepresentedTest, device),
            Labelled(data.SingletonTest, device),
            new HclExamples(d, controls, controlLabels).ToTensor(device),
            data.Parameters.Rho)
        {
            SubpopulationFreshControls = new HclExamples(d, everyControl, Enumerable.Range(0, subpopulations).ToArray()).ToTensor(device),
        };
    }

    private static LabelledExamples Labelled(HclExamples examples, torch.Device device) =>
        new(examples.ToTensor(device), examples.LabelsTensor(device));
}
