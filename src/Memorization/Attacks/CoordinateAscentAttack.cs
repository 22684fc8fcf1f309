using Memorization.Configuration;
using Memorization.Learners;
using Memorization.Learners.Trained;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Attacks;

/// <summary>
/// The published attack on the MLP (docs/attacks.md#coordinate-ascent): start from a uniform x ∈ {±1}^d; sweep i = 1..d in order and flip
/// x_i when that strictly raises log p_y(x); stop after a sweep without a flip or after <see cref="MaxSweeps"/> sweeps.
/// </summary>
/// <remarks>
/// Each target keeps its own sequential sweep; targets run side by side as one batch, and a target whose sweep flipped
/// nothing leaves the batch (so late sweeps cost only what the slow targets need). Generic path: one forward pass per coordinate over the batch of candidates. Fast path
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
            throw new InvalidParameterException(nameof(maxSweeps), $"CoordinateAscentAttack maxSweeps = {maxSweeps} must be ≥ 1 (published 10).");
        }
        if (maxBatch < 1)
        {
            throw new InvalidParameterException(nameof(maxBatch), $"CoordinateAscentAttack maxBatch = {maxBatch} must be ≥ 1.");
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

    /// <summary>Sweeps done by each target in the last call (for reports: how many targets hit the cap). Because of this
    /// state, one instance must not attack from two threads at once.</summary>
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
                .Select(k => AttackRandomness.SignsForTarget(rootSeed, Name, k, [d])).ToArray()).to(device);
            Tensor labels = targets.Labels.narrow(0, start, size).to(device).view(size, 1);
            // The fast path runs the model's own layers on the attack device, so it needs the model there.
            int[] done = UseIncremental && model is IFirstLayerModel fast && fast.FirstWeight.device_type == device.type
                ? SweepIncremental(fast, x, labels, device)
                : SweepGeneric(model, x, labels, device);
            Array.Copy(done, 0, sweeps, start, size);
            pieces.Add(x.cpu().MoveToOuterDisposeScope());
        }
        LastSweepCounts = sweeps;
        Tensor result = t == 0 ? empty(0, d) : cat(pieces, 0);
        return result.MoveToOuterDisposeScope();
    }

    // x is updated in place; returns the number of sweeps each target did. Each sweep runs only on the targets still
    // active (those whose previous sweep flipped a bit), gathered into a dense sub-batch and scattered back after.
    private int[] SweepGeneric(ILabelModel model, Tensor x, Tensor labels, Device device) =>
        Sweep(x, labels, device, current: Score(model.LogProbabilities(x), labels), (xs, ls, cs) =>
        {
            for (int i = 0; i < model.InputDimension; i++)
            {
                using var step = NewDisposeScope();
                Tensor candidate = xs.clone();
                candidate[TensorIndex.Colon, i] = candidate[TensorIndex.Colon, i].neg();
                Tensor score = Score(model.LogProbabilities(candidate), ls);
                Accept(xs, i, cs, score);
            }
        });

    private int[] SweepIncremental(IFirstLayerModel model, Tensor x, Tensor labels, Device device)
    {
        Tensor weight = model.FirstWeight.to(device);
        Tensor bias = model.FirstBias.to(device);
        Tensor initial = Score(model.FromPreActivation(nn.functional.linear(x, weight, bias)), labels);
        return Sweep(x, labels, device, initial, (xs, ls, cs) =>
        {
            // Recomputed each sweep so float drift of the incremental updates cannot accumulate across sweeps.
            using Tensor h = nn.functional.linear(xs, weight, bias);
            for (int i = 0; i < model.InputDimension; i++)
            {
                using var step = NewDisposeScope();
                Tensor xi = xs.narrow(1, i, 1);                                              // [b, 1]
                Tensor column = weight.narrow(1, i, 1).t();                                  // [1, H]
                Tensor candidate = h - 2.0 * xi * column;                                    // h with bit i flipped
                Tensor score = Score(model.FromPreActivation(candidate), ls);
                Tensor accept = Accept(xs, i, cs, score);
                h.copy_(where(accept.view(-1, 1), candidate, h));
            }
        });
    }

    // The sweep loop shared by both paths: gather the active targets, sweep them, scatter back, stop the quiet ones.
    private int[] Sweep(Tensor x, Tensor labels, Device device, Tensor current, Action<Tensor, Tensor, Tensor> sweepActive)
    {
        int b = (int)x.shape[0];
        var sweeps = new int[b];
        Tensor active = arange(b, dtype: ScalarType.Int64, device: device);
        for (int sweep = 0; sweep < MaxSweeps && active.numel() > 0; sweep++)
        {
            using var scope = NewDisposeScope();
            foreach (long k in active.cpu().data<long>().ToArray())
            {
                sweeps[k]++;
            }
            Tensor xs = x.index_select(0, active);
            Tensor before = xs.clone();
            Tensor cs = current.index_select(0, active);
            sweepActive(xs, labels.index_select(0, active), cs);
            x.index_copy_(0, active, xs);
            current.index_copy_(0, active, cs);
            Tensor flipped = xs.ne(before).any(1);
            active = active.masked_select(flipped).MoveToOuterDisposeScope();
        }
        return sweeps;
    }

    private static Tensor Score(Tensor logProbabilities, Tensor labels)
    {
        using (logProbabilities)
        {
            return logProbabilities.gather(1, labels).squeeze(1);
        }
    }

    // Flips bit i of the targets whose score strictly rises and updates their score.
    private static Tensor Accept(Tensor x, int i, Tensor current, Tensor score)
    {
        Tensor accept = score > current;
        Tensor column = x.narrow(1, i, 1).squeeze(1);
        column.copy_(where(accept, column.neg(), column));
        current.copy_(where(accept, score, current));
        return accept;
    }
}
