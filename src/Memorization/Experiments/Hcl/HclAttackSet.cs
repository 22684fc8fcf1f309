using static TorchSharp.torch;

namespace Memorization.Experiments.Hcl;

// The runner's fixed attack targets, on the CPU: every singleton (labels, training examples, unfixed masks) and the
// represented control (one training example for each of the first subpopulations with ≥ 2 examples, lowest rows first);
// or, for the figure-only attacks, a fixed subset of both (Subset), which also holds its targets' fresh controls.
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

    private HclAttackSet(Tensor targetLabels, Tensor targetExamples, Tensor targetUnfixed, Tensor freshControls, IReadOnlyList<int> rows,
        Tensor? controlLabels, Tensor? controlExamples, Tensor? controlUnfixed)
    {
        TargetLabels = targetLabels;
        TargetExamples = targetExamples;
        TargetUnfixed = targetUnfixed;
        FreshControls = freshControls;
        Rows = rows;
        Count = rows.Count;
        ControlLabels = controlLabels;
        ControlExamples = controlExamples;
        ControlUnfixed = controlUnfixed;
    }

    public int Count { get; }

    /// <summary>The positions of a subset's targets in the singleton order (ascending); null for the full set.</summary>
    public IReadOnlyList<int>? Rows { get; }

    /// <summary>A subset's own fresh controls (rows of <see cref="HclExperimentData.SingletonFreshControls"/>); null for the full set.</summary>
    public Tensor? FreshControls { get; }

    /// <summary>
    /// At most <paramref name="count"/> targets and as many represented controls, drawn once from the stream <see cref="Randomness.SeedStreams.FigureTargets"/>
    /// of <paramref name="rootSeed"/> (kept in their original order); null when <paramref name="count"/> covers every target, so
    /// that the full set is used.
    /// </summary>
    public HclAttackSet? Subset(int count, Tensor singletonFreshControls, ulong rootSeed)
    {
        if (count >= Count)
        {
            return null;
        }

        System.Random random = Randomness.SeedDerivation.Stream(rootSeed, Randomness.SeedStreams.FigureTargets);
        int[] rows = Pick(Count, count, random);
        using var scope = NewDisposeScope();
        Tensor index = tensor(rows.Select(r => (long)r).ToArray());
        Tensor? controlIndex = null;
        if (ControlLabels is not null)
        {
            int controls = (int)ControlLabels.shape[0];
            controlIndex = tensor(Pick(controls, Math.Min(count, controls), random).Select(r => (long)r).ToArray());
        }

        return new HclAttackSet(
            TargetLabels.index_select(0, index).DetachFromDisposeScope(),
            TargetExamples.index_select(0, index).DetachFromDisposeScope(),
            TargetUnfixed.index_select(0, index).DetachFromDisposeScope(),
            singletonFreshControls.index_select(0, index.to(singletonFreshControls.device)).DetachFromDisposeScope(),
            rows,
            controlIndex is null ? null : ControlLabels!.index_select(0, controlIndex).DetachFromDisposeScope(),
            controlIndex is null ? null : ControlExamples!.index_select(0, controlIndex).DetachFromDisposeScope(),
            controlIndex is null ? null : ControlUnfixed!.index_select(0, controlIndex).DetachFromDisposeScope());
    }

    // The first `count` of a seeded Fisher–Yates shuffle of 0..total−1, ascending.
    private static int[] Pick(int total, int count, System.Random random)
    {
        int[] all = Enumerable.Range(0, total).ToArray();
        for (int i = 0; i < count; i++)
        {
            int j = random.Next(i, total);
            (all[i], all[j]) = (all[j], all[i]);
        }

        return all[..count].Order().ToArray();
    }

    public Tensor TargetLabels { get; }

    public Tensor TargetExamples { get; }

    public Tensor TargetUnfixed { get; }

    public Tensor? ControlLabels { get; }

    public Tensor? ControlExamples { get; }

    public Tensor? ControlUnfixed { get; }

    public void Dispose()
    {
        foreach (Tensor? t in new[] { TargetLabels, TargetExamples, TargetUnfixed, FreshControls, ControlLabels, ControlExamples, ControlUnfixed })
        {
            t?.Dispose();
        }
    }
}
