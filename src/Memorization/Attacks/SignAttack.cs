using Memorization.Configuration;
using Memorization.Learners;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Attacks;

/// <summary>
/// The published uninformed attack on the logistic regression (docs/attacks.md#sign-attack): for each coordinate i draw a uniform
/// x ∈ {±1}^d and vote x̂_i = sign(log p_y(x|x_i=+1) − log p_y(x|x_i=−1)) (ties vote −1, as "+1 only if strictly
/// larger"); the result is the majority over <see cref="Repeats"/> independent repeats (odd, so no ties).
/// </summary>
/// <remarks>
/// Two batchings, the same per-target distribution. <b>Shared probes</b> (default): per repeat, one set of 2d probes
/// (row i: a uniform x with x_i = ±1) goes through ONE forward pass and every target reads its own label's column —
/// the cost no longer grows with the number of targets (at paper scale 5 passes of 2000 probes attack all ~184
/// singletons). Each target sees exactly the published attack's randomness, but targets share it, so their errors
/// are slightly dependent through the common probes. <b>Per-target probes</b> (<c>shareProbes: false</c>): each target
/// draws its own x's, as the published code does when it attacks targets one by one; per repeat and per chunk of
/// targets all their 2d probes go through one forward pass. Either way a probe batch holds at most
/// <see cref="MaxProbeElements"/> floats.
/// </remarks>
public sealed class SignAttack : ILabelModelAttack
{
    /// <summary>Creates the attack.</summary>
    /// <param name="repeats">Number of independent votes, odd (published 5).</param>
    /// <param name="maxProbeElements">Memory cap of one probe batch in floats (default 2²⁵ = 128 MiB).</param>
    /// <param name="shareProbes">One probe set per repeat for all targets (default), or independent probes per target.</param>
    public SignAttack(int repeats = 5, long maxProbeElements = 1L << 25, bool shareProbes = true)
    {
        if (repeats < 1 || repeats % 2 == 0)
        {
            throw new InvalidParameterException(nameof(repeats), $"SignAttack repeats = {repeats} must be odd and ≥ 1 so the majority has no ties (published 5).");
        }
        if (maxProbeElements < 1)
        {
            throw new InvalidParameterException(nameof(maxProbeElements), $"SignAttack maxProbeElements = {maxProbeElements} must be ≥ 1 (default 2^25).");
        }
        Repeats = repeats;
        MaxProbeElements = maxProbeElements;
        ShareProbes = shareProbes;
    }

    /// <summary>Whether all targets share each repeat's probes.</summary>
    public bool ShareProbes { get; }

    /// <summary>The number of votes per coordinate.</summary>
    public int Repeats { get; }

    /// <summary>The memory cap of one probe batch, in floats.</summary>
    public long MaxProbeElements { get; }

    /// <inheritdoc />
    public string Name => "sign";

    /// <inheritdoc />
    public Tensor Reconstruct(ILabelModel model, AttackTargets targets, Device device, ulong rootSeed)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(targets);
        targets.Check(model.InputDimension, model.LabelCount, needsSubpopulations: false, "SignAttack");
        if (ShareProbes)
        {
            return ReconstructShared(model, targets, device, rootSeed);
        }
        int d = model.InputDimension;
        int t = targets.Count;
        long perTarget = 2L * d * d;
        int chunk = (int)Math.Clamp(MaxProbeElements / perTarget, 1, Math.Max(1, t));
        Generator[] generators = Enumerable.Range(0, t).Select(k => AttackRandomness.ForTarget(rootSeed, Name, k)).ToArray();

        using var disposeGenerators = new GeneratorSet(generators);
        using var noGrad = no_grad();
        using var outer = NewDisposeScope();
        var pieces = new List<Tensor>();
        using Tensor eye = torch.eye(d, dtype: ScalarType.Bool, device: device);
        using Tensor labels = targets.Labels.to(device);
        for (int start = 0; start < t; start += chunk)
        {
            int size = Math.Min(chunk, t - start);
            using var scope = NewDisposeScope();
            // [size, 1, 1] label index to gather each target's own column from [size, 2d, N].
            Tensor index = labels.narrow(0, start, size).view(size, 1, 1).expand(size, 2 * d, 1);
            Tensor votes = zeros(size, d, device: device);
            for (int repeat = 0; repeat < Repeats; repeat++)
            {
                // Row i of target k's draw is the random x used for coordinate i.
                Tensor x = stack(Enumerable.Range(start, size).Select(k => AttackRandomness.Signs([d, d], generators[k])).ToArray()).to(device);
                Tensor probes = cat([x.masked_fill(eye, 1.0), x.masked_fill(eye, -1.0)], 1);
                Tensor scores = model.LogProbabilities(probes.view(size * 2L * d, d)).view(size, 2L * d, -1).gather(2, index).squeeze(2);
                Tensor plus = scores.narrow(1, 0, d);
                Tensor minus = scores.narrow(1, d, d);
                votes.add_(where(plus > minus, 1.0f, -1.0f));
            }
            pieces.Add(votes.sign().cpu().MoveToOuterDisposeScope());
        }
        Tensor result = t == 0 ? empty(0, d) : cat(pieces, 0);
        return result.MoveToOuterDisposeScope();
    }

    private Tensor ReconstructShared(ILabelModel model, AttackTargets targets, Device device, ulong rootSeed)
    {
        int d = model.InputDimension;
        int t = targets.Count;
        // Coordinates per forward pass: 2 probes of d inputs and N outputs each.
        long perCoordinate = 2L * Math.Max(d, model.LabelCount);
        int chunk = (int)Math.Clamp(MaxProbeElements / perCoordinate, 1, d);
        using var generator = new Generator(unchecked((ulong)Randomness.SeedDerivation.TorchSeed(rootSeed, Randomness.SeedStreams.SignAttackShared)));

        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        Tensor labels = targets.Labels.to(device);
        Tensor votes = zeros(d, t, device: device);
        for (int repeat = 0; repeat < Repeats; repeat++)
        {
            // Row i is the random x used for coordinate i (drawn whole, so chunking never changes the draws).
            Tensor x = AttackRandomness.Signs([d, d], generator).to(device);
            for (int start = 0; start < d; start += chunk)
            {
                using var chunkScope = NewDisposeScope();
                int size = Math.Min(chunk, d - start);
                Tensor rows = x.narrow(0, start, size);
                Tensor probed = eye(d, dtype: ScalarType.Bool, device: device).narrow(0, start, size);
                Tensor probes = cat([rows.masked_fill(probed, 1.0), rows.masked_fill(probed, -1.0)], 0);
                Tensor scores = model.LogProbabilities(probes).index_select(1, labels);   // [2·size, t]
                Tensor plus = scores.narrow(0, 0, size);
                Tensor minus = scores.narrow(0, size, size);
                votes.narrow(0, start, size).add_(where(plus > minus, 1.0f, -1.0f));
            }
        }
        return votes.sign().t().contiguous().cpu().MoveToOuterDisposeScope();
    }

    private sealed class GeneratorSet(Generator[] generators) : IDisposable
    {
        public void Dispose()
        {
            foreach (Generator generator in generators)
            {
                generator.Dispose();
            }
        }
    }
}
