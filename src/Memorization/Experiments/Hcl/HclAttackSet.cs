using static TorchSharp.torch;

namespace Memorization.Experiments.Hcl;

// The runner's fixed attack targets, on the CPU: every singleton (labels, training examples, unfixed masks) and the
// represented control (one training example for each of the first subpopulations with ≥ 2 examples, lowest rows first).
// This object owns its tensors (detached from any dispose scope) until Dispose.
internal sealed class HclAttackSet : IDisposable
{
    public HclAttackSet(HclExperimentData data, int maxRepresentedControls)
    {
        using var scope = NewDisposeScope();
        Tensor inputs = data.TrainInputs.cpu();
        Tensor labels = data.TrainLabels.cpu();
        Tensor masks = data.FixedMasks.cpu();
        Tensor singletons = data.SingletonIndices.cpu();
        TargetLabels = labels.index_select(0, singletons).DetachFromDisposeScope();
        TargetExamples = inputs.index_select(0, singletons).DetachFromDisposeScope();
        TargetUnfixed = masks.index_select(0, TargetLabels).logical_not().DetachFromDisposeScope();
        Count = (int)TargetLabels.shape[0];

        long[] labelArray = labels.data<long>().ToArray();
        var counts = labelArray.GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        var seen = new HashSet<long>();
        long[] controlRows = Enumerable.Range(0, labelArray.Length)
            .Where(i => counts[labelArray[i]] >= 2 && seen.Add(labelArray[i]))
            .Take(maxRepresentedControls)
            .Select(i => (long)i)
            .ToArray();
        if (controlRows.Length > 0)
        {
            Tensor rows = tensor(controlRows);
            ControlLabels = labels.index_select(0, rows).DetachFromDisposeScope();
            ControlExamples = inputs.index_select(0, rows).DetachFromDisposeScope();
            ControlUnfixed = masks.index_select(0, ControlLabels).logical_not().DetachFromDisposeScope();
        }
    }

    public int Count { get; }

    public Tensor TargetLabels { get; }

    public Tensor TargetExamples { get; }

    public Tensor TargetUnfixed { get; }

    public Tensor? ControlLabels { get; }

    public Tensor? ControlExamples { get; }

    public Tensor? ControlUnfixed { get; }

    public void Dispose()
    {
        foreach (Tensor? t in new[] { TargetLabels, TargetExamples, TargetUnfixed, ControlLabels, ControlExamples, ControlUnfixed })
        {
            t?.Dispose();
        }
    }
}
