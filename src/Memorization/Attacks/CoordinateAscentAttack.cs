using Memorization.Configuration;
using Memorization.Learners;
using Memorization.Learners.Trained;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Attacks;

/// <summary>
/// The published attack on the MLP (PAPER.md §5): start from a uniform x ∈ {±1}^d; sweep i = 1..d in order and flip
/// x_i when that strictly raises log p_y(x); stop after a sweep without a flip or after <see cref="MaxSweeps"/> sweeps.
/// </summary>
/// <remarks>
/// Each target keeps its own sequential sweep; targets run side by side as one batch (a target that finished a sweep
/// without a flip is frozen). Generic path: one forward pass per coordinate over the batch of candidates. Fast path
/// (the trained models, whose input enters through h = W₁x + b₁): h is recomputed at the start of each sweep and
/// updated by h − 2·x_i·W₁[:, i] per candidate, so only the layers after h run per coordinate. Both paths make the
/// same decisions up to float rounding (tested on a small MLP).
/// </remarks>
public sealed class CoordinateAscentAttack : ILabelModelAttack
{
    /// <summary>Creates the attack.</summary>
    /// <param name="maxSweeps">The sweep cap (published 10).</param>
    /// <param name="useIncremental">Use the fast incremental path when the model exposes its first layer.</param>
    /// <param name="maxBatch">Targets attacked side by side per batch.</param>
    public CoordinateAscentAttack(int maxSweeps = 10, bool useIncremental = true, int maxBatch = 1024)
    {
        if (maxSweeps < 1)
        {
            throw new InvalidOptionException(nameof(maxSweeps), $"CoordinateAscentAttack maxSweeps = {maxSweeps} must be ≥ 1 (published 10).");
        }
        if (maxBatch < 1)
        {
            throw new InvalidOptionException(nameof(maxBatch), $"CoordinateAscentAttack maxBatch = {maxBatch} must be ≥ 1.");
        }
        MaxSweeps = maxSweeps;
        UseIncremental = useIncremental;
        MaxBatch = maxBatch;
    }

    /// <summary>The sweep cap.</summary>
    public int MaxSweeps { get; }

    /// <summary>Whether the incremental first-layer path is used where possible.</summary>
    public bool UseIncremental { get; }

    /// <summary>Targets per batch.</summary>
    public int MaxBatch { get; }

    /// <inheritdoc />
    public string Name => "coordinate-ascent";

    /// <summary>Sweeps done by each target in the last call (for reports: how many targets hit the cap).</summary>
    public IReadOnlyList<int> LastSweepCounts { get; private set; } = [];

    /// <inheritdoc />
    public Tensor Reconstruct(ILabelModel model, AttackTargets targets, Device device, ulong rootSeed)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(targets);
        targets.Check(model.InputDimension, model.LabelCount, needsSubpopulations: false, "CoordinateAscentAttack");
        int d = model.InputDimension;
        int t = targets.Count;
        var sweeps = new int[t];
        using var noGrad = no_grad();
        using var outer = NewDisposeScope();
        var pieces = new List<Tensor>();
        for (int start = 0; start < t; start += MaxBatch)
        {
            int size = Math.Min(MaxBatch, t - start);
            using var scope = NewDisposeScope();
            Tensor x = stack(Enumerable.Range(start, size)
                .Select(k => AttackRandomness.Signs([d], AttackRandomness.ForTarget(rootSeed, Name, k))).ToArray()).to(device);
            Tensor labels = targets.Labels.narrow(0, start, size).to(device).view(size, 1);
            int[] done = UseIncremental && model is IFirstLayerModel fast
                ? SweepIncremental(fast, x, labels, device)
                : SweepGeneric(model, x, labels, device);
            Array.Copy(done, 0, sweeps, start, size);
            pieces.Add(x.cpu().MoveToOuterDisposeScope());
        }
        LastSweepCounts = sweeps;
        Tensor result = t == 0 ? empty(0, d) : cat(pieces, 0);
        return result.MoveToOuterDisposeScope();
    }

    // x is updated in place; returns the number of sweeps each target did.
    private int[] SweepGeneric(ILabelModel model, Tensor x, Tensor labels, Device device)
    {
        int d = model.InputDimension;
        Tensor current = Score(model.LogProbabilities(x), labels);
        Tensor active = ones(x.shape[0], dtype: ScalarType.Bool, device: device);
        Tensor sweeps = zeros(x.shape[0], dtype: ScalarType.Int32, device: device);
        for (int sweep = 0; sweep < MaxSweeps && active.any().item<bool>(); sweep++)
        {
            sweeps.add_(active.to(ScalarType.Int32));
            Tensor flipped = zeros_like(active);
            for (int i = 0; i < d; i++)
            {
                using var step = NewDisposeScope();
                Tensor candidate = x.clone();
                candidate[TensorIndex.Colon, i] = candidate[TensorIndex.Colon, i].neg();
                Tensor score = Score(model.LogProbabilities(candidate), labels);
                Accept(x, i, current, score, active, flipped);
            }
            active = active.logical_and(flipped);
        }
        return sweeps.cpu().data<int>().ToArray();
    }

    private int[] SweepIncremental(IFirstLayerModel model, Tensor x, Tensor labels, Device device)
    {
        int d = model.InputDimension;
        Tensor weight = model.FirstWeight.to(device);
        Tensor bias = model.FirstBias.to(device);
        Tensor current = Score(model.FromPreActivation(nn.functional.linear(x, weight, bias)), labels);
        Tensor active = ones(x.shape[0], dtype: ScalarType.Bool, device: device);
        Tensor sweeps = zeros(x.shape[0], dtype: ScalarType.Int32, device: device);
        for (int sweep = 0; sweep < MaxSweeps && active.any().item<bool>(); sweep++)
        {
            sweeps.add_(active.to(ScalarType.Int32));
            Tensor flipped = zeros_like(active);
            // Recomputed each sweep so float drift of the incremental updates cannot accumulate across sweeps.
            Tensor h = nn.functional.linear(x, weight, bias);
            for (int i = 0; i < d; i++)
            {
                using var step = NewDisposeScope();
                Tensor xi = x.narrow(1, i, 1);                          // [b, 1]
                Tensor column = weight.narrow(1, i, 1).t();              // [1, H]
                Tensor candidate = h - 2.0 * xi * column;                // h with bit i flipped
                Tensor score = Score(model.FromPreActivation(candidate), labels);
                Tensor accept = Accept(x, i, current, score, active, flipped);
                h.copy_(where(accept.view(-1, 1), candidate, h));
            }
            active = active.logical_and(flipped);
        }
        return sweeps.cpu().data<int>().ToArray();
    }

    private static Tensor Score(Tensor logProbabilities, Tensor labels)
    {
        using (logProbabilities)
        {
            return logProbabilities.gather(1, labels).squeeze(1);
        }
    }

    // Flips bit i of the active targets whose score strictly rises; updates their score and the flip record.
    private static Tensor Accept(Tensor x, int i, Tensor current, Tensor score, Tensor active, Tensor flipped)
    {
        Tensor accept = (score > current).logical_and_(active);
        Tensor column = x.narrow(1, i, 1).squeeze(1);
        column.copy_(where(accept, column.neg(), column));
        current.copy_(where(accept, score, current));
        flipped.logical_or_(accept);
        return accept;
    }
}
