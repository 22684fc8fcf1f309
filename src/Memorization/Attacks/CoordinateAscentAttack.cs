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
    /// <param name="speculativeRows">Candidate rows per output-layer product the incremental path aims for once flips are
    /// rare (0: never speculate, one coordinate per product); see <see cref="SpeculativeRows"/>.</param>
    public CoordinateAscentAttack(int maxSweeps = 10, bool useIncremental = true, int maxBatch = 1024, int speculativeRows = 256)
    {
        if (maxSweeps < 1)
        {
            throw new InvalidParameterException(nameof(maxSweeps), $"CoordinateAscentAttack maxSweeps = {maxSweeps} must be ≥ 1 (published 10).");
        }
        if (maxBatch < 1)
        {
            throw new InvalidParameterException(nameof(maxBatch), $"CoordinateAscentAttack maxBatch = {maxBatch} must be ≥ 1.");
        }
        if (speculativeRows < 0)
        {
            throw new InvalidParameterException(nameof(speculativeRows), $"CoordinateAscentAttack speculativeRows = {speculativeRows} must be ≥ 0 (0 turns speculation off).");
        }
        MaxSweeps = maxSweeps;
        UseIncremental = useIncremental;
        MaxBatch = maxBatch;
        SpeculativeRows = speculativeRows;
    }

    /// <summary>The sweep cap.</summary>
    public int MaxSweeps { get; }

    /// <summary>Whether the incremental first-layer path is used where possible.</summary>
    public bool UseIncremental { get; }

    /// <summary>Targets per batch.</summary>
    public int MaxBatch { get; }

    /// <summary>
    /// Speculation on the incremental path: when few targets are active or few candidates are accepted, each product
    /// scores the next k coordinates of every active target at once, all against the target's current h, as if none of
    /// them were flipped. A target keeps the scores up to its first improving coordinate, flips that one and goes on from
    /// the next; the scores after it were computed for an h that is no longer current and are discarded. The decisions are
    /// therefore the sequential ones, only the products are larger (k ≈ this many rows ÷ active targets, at most
    /// <see cref="MaxSpeculation"/>, and at most about half the expected gap between accepted flips of the previous sweep).
    /// </summary>
    public int SpeculativeRows { get; }

    /// <summary>The most coordinates scored ahead per target in one product.</summary>
    public const int MaxSpeculation = 64;

    /// <inheritdoc />
    public string Name => "coordinate-ascent";

    /// <summary>Sweeps done by each target in the last call (for reports: how many targets hit the cap). Because of this
    /// state, one instance must not attack from two threads at once.</summary>
    public IReadOnlyList<int> LastSweepCounts { get; private set; } = [];

    /// <summary>How many (batch) sweeps of the last call ran speculatively (<see cref="SpeculativeRows"/>), for reports and
    /// tests; the decisions do not depend on it.</summary>
    public int LastSpeculativeSweeps { get; private set; }

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
        LastSpeculativeSweeps = 0;
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
        // Row i is 2·W₁[:, i], the change of h when bit i flips (times −x_i). Doubling is exact in floating point, so
        // h + (−1)·x_i·(2·W₁[:, i]) (one addcmul; x_i = ±1) has the bits of h − 2·x_i·W₁[:, i].
        using Tensor flipSteps = weight.t().mul(2.0).contiguous();                           // [d, H]
        Tensor initial = Score(model.FromPreActivation(nn.functional.linear(x, weight, bias)), labels);
        double acceptance = 1.0;                                                              // unknown before the first sweep: no speculation
        return Sweep(x, labels, device, initial, (xs, ls, cs) =>
        {
            // Recomputed each sweep so float drift of the incremental updates cannot accumulate across sweeps.
            using Tensor h = nn.functional.linear(xs, weight, bias);
            int b = (int)xs.shape[0];
            using Tensor start = xs.clone();
            if (SpeculationWidth(b, acceptance) == 1)
            {
                SweepOneCoordinateAtATime(model, xs, ls, cs, h, flipSteps);
            }
            else
            {
                SweepSpeculatively(model, xs, ls, cs, h, flipSteps, acceptance);
                LastSpeculativeSweeps++;
            }
            // Each coordinate is visited once per sweep, so the bits that changed are the flips accepted.
            acceptance = xs.ne(start).sum().item<long>() / ((double)b * model.InputDimension);
        });
    }

    // The sequential sweep: one product per coordinate over every active target. Only the accepting targets' rows of h
    // are written (an index copy, not a where over the whole [b, H] batch: most candidates are rejected).
    private static void SweepOneCoordinateAtATime(IFirstLayerModel model, Tensor xs, Tensor ls, Tensor cs, Tensor h, Tensor flipSteps)
    {
        for (int i = 0; i < model.InputDimension; i++)
        {
            using var step = NewDisposeScope();
            Tensor xi = xs.narrow(1, i, 1);                                              // [b, 1]
            Tensor candidate = h.addcmul(xi, flipSteps.narrow(0, i, 1), -1.0);           // h with bit i flipped
            Tensor score = Score(model.FromPreActivation(candidate), ls);
            Tensor accepting = nonzero(Accept(xs, i, cs, score)).view(-1);
            if (accepting.numel() > 0)
            {
                h.index_copy_(0, accepting, candidate.index_select(0, accepting));
            }
        }
    }

    // The speculative sweep (SpeculativeRows): every target walks its own position through the coordinates; each product
    // scores the next k coordinates of every target not yet through, against its current h.
    private void SweepSpeculatively(IFirstLayerModel model, Tensor xs, Tensor ls, Tensor cs, Tensor h, Tensor flipSteps, double acceptance)
    {
        int d = model.InputDimension;
        int b = (int)xs.shape[0];
        var position = new int[b];
        while (true)
        {
            int[] open = Enumerable.Range(0, b).Where(r => position[r] < d).ToArray();
            if (open.Length == 0)
            {
                return;
            }
            using var step = NewDisposeScope();
            int m = open.Length;
            int k = SpeculationWidth(m, acceptance);
            var coordinates = new long[m * k];
            var valid = new bool[m * k];
            for (int r = 0; r < m; r++)
            {
                for (int j = 0; j < k; j++)
                {
                    int i = position[open[r]] + j;
                    coordinates[(r * k) + j] = Math.Min(i, d - 1);                        // past the end: a placeholder, never accepted
                    valid[(r * k) + j] = i < d;
                }
            }
            Tensor rows = tensor(open.Select(r => (long)r).ToArray(), device: xs.device);
            Tensor index = tensor(coordinates, device: xs.device).view(m, k);
            Tensor xi = xs.index_select(0, rows).gather(1, index).unsqueeze(2);          // [m, k, 1]
            Tensor flipStep = flipSteps.index_select(0, index.view(-1)).view(m, k, -1);  // [m, k, H]
            Tensor candidate = h.index_select(0, rows).unsqueeze(1).addcmul(xi, flipStep, -1.0).view(m * k, -1);
            Tensor candidateLabels = ls.index_select(0, rows).unsqueeze(1).expand(m, k, 1).reshape(m * k, 1);
            Tensor score = Score(model.FromPreActivation(candidate), candidateLabels).view(m, k);
            Tensor better = (score > cs.index_select(0, rows).unsqueeze(1)).logical_and(tensor(valid, device: xs.device).view(m, k));
            bool[] improves = better.cpu().data<bool>().ToArray();

            // Each target: its first improving coordinate is accepted (the sequential decision), the rest of its row waits.
            var acceptedRows = new List<long>();
            var acceptedTargets = new List<long>();
            var acceptedCoordinates = new List<long>();
            for (int r = 0; r < m; r++)
            {
                int first = Array.IndexOf(improves, true, r * k, k) - (r * k);
                if (first < 0)
                {
                    position[open[r]] += k;
                    continue;
                }
                acceptedRows.Add((r * k) + first);
                acceptedTargets.Add(open[r]);
                acceptedCoordinates.Add(position[open[r]] + first);
                position[open[r]] += first + 1;
            }
            if (acceptedRows.Count == 0)
            {
                continue;
            }
            Tensor targetsAccepting = tensor(acceptedTargets.ToArray(), device: xs.device);
            Tensor chosen = tensor(acceptedRows.ToArray(), device: xs.device);
            Tensor flippedAt = tensor(acceptedCoordinates.ToArray(), device: xs.device);
            Tensor bits = xs.index_select(0, targetsAccepting).gather(1, flippedAt.view(-1, 1));
            xs.index_put_(bits.neg().view(-1), targetsAccepting, flippedAt);
            h.index_copy_(0, targetsAccepting, candidate.index_select(0, chosen));
            cs.index_copy_(0, targetsAccepting, score.view(-1).index_select(0, chosen));
        }
    }

    // Coordinates scored ahead per target: enough to fill SpeculativeRows rows over `active` targets, and no more than
    // about half the gap between accepted flips seen in the previous sweep (a wider window mostly scores discarded rows).
    private int SpeculationWidth(int active, double acceptance)
    {
        if (SpeculativeRows == 0 || active == 0)
        {
            return 1;
        }
        int fill = SpeculativeRows / active;
        int gap = acceptance <= 0 ? MaxSpeculation : (int)Math.Min(MaxSpeculation, Math.Floor(0.5 / acceptance));
        return Math.Clamp(Math.Min(fill, gap), 1, MaxSpeculation);
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
