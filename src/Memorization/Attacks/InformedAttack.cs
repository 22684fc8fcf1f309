using Memorization.Configuration;
using Memorization.Learners;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Attacks;

/// <summary>
/// The informed attack (docs/attacks.md#informed-attack, after a later independent study): the adversary knows the target's subpopulation
/// in P (its fixed coordinates F and values v). For each unfixed coordinate i it draws <see cref="Samples"/> fresh
/// examples z⁽¹⁾..z⁽ˢ⁾ of the subpopulation (z_F = v, the rest uniform) and decides
/// x̂_i = sign( (1/S) Σ_s [log p_y(z⁽ˢ⁾|z_i=+1) − log p_y(z⁽ˢ⁾|z_i=−1)] ) (0 → −1); fixed coordinates are returned as v.
/// </summary>
/// <remarks>Batched per target: the 2·S probes of every unfixed coordinate go through one forward pass per chunk of
/// coordinates, the chunk keeping a probe tensor at most <see cref="MaxProbeElements"/> floats.</remarks>
public sealed class InformedAttack : ILabelModelAttack
{
    /// <summary>Creates the attack.</summary>
    /// <param name="samples">Fresh samples per probed coordinate (S; no published value — 16 by default).</param>
    /// <param name="maxProbeElements">Memory cap of one probe batch in floats (default 2²⁵ = 128 MiB).</param>
    public InformedAttack(int samples = 16, long maxProbeElements = 1L << 25)
    {
        if (samples < 1)
        {
            throw new InvalidParameterException(nameof(samples), $"InformedAttack samples = {samples} must be ≥ 1 (default 16).");
        }
        if (maxProbeElements < 1)
        {
            throw new InvalidParameterException(nameof(maxProbeElements), $"InformedAttack maxProbeElements = {maxProbeElements} must be ≥ 1 (default 2^25).");
        }
        Samples = samples;
        MaxProbeElements = maxProbeElements;
    }

    /// <summary>S, the fresh samples per coordinate.</summary>
    public int Samples { get; }

    /// <summary>The memory cap of one probe batch, in floats.</summary>
    public long MaxProbeElements { get; }

    /// <inheritdoc />
    public string Name => "informed";

    /// <inheritdoc />
    public Tensor Reconstruct(ILabelModel model, AttackTargets targets, Device device, ulong rootSeed)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(targets);
        targets.Check(model.InputDimension, model.LabelCount, needsSubpopulations: true, "InformedAttack");
        int d = model.InputDimension;
        int t = targets.Count;
        long perCoordinate = 2L * Samples * d;
        int coordinateChunk = (int)Math.Clamp(MaxProbeElements / perCoordinate, 1, d);

        using var noGrad = no_grad();
        using var outer = NewDisposeScope();
        Tensor result = targets.FixedValues!.to(ScalarType.Float32, copy: true).cpu();
        for (int k = 0; k < t; k++)
        {
            using var scope = NewDisposeScope();
            using Generator generator = AttackRandomness.ForTarget(rootSeed, Name, k);
            Tensor mask = targets.FixedMasks![k].cpu();
            Tensor values = targets.FixedValues![k].cpu();
            long label = targets.Labels[k].item<long>();
            long[] unfixed = nonzero(mask.logical_not()).view(-1).data<long>().ToArray();
            Tensor decided = empty(unfixed.Length);
            for (int start = 0; start < unfixed.Length; start += coordinateChunk)
            {
                using var chunkScope = NewDisposeScope();
                int size = Math.Min(coordinateChunk, unfixed.Length - start);
                Tensor coordinates = tensor(unfixed.AsSpan(start, size).ToArray());
                // [size, S, d] fresh examples of the subpopulation, fixed coordinates set to their values.
                Tensor z = AttackRandomness.Signs([size, Samples, d], generator);
                z = where(mask, values, z);
                Tensor probed = nn.functional.one_hot(coordinates, d).to(ScalarType.Bool).view(size, 1, d);
                Tensor probes = stack([z.masked_fill(probed, 1.0), z.masked_fill(probed, -1.0)]).to(device);
                Tensor scores = model.LogProbabilities(probes.view(-1, d)).select(1, label).view(2, size, Samples);
                Tensor difference = (scores[0] - scores[1]).mean([1]).cpu();
                decided.narrow(0, start, size).copy_(where(difference > 0, 1.0f, -1.0f));
            }
            if (unfixed.Length > 0)
            {
                result[k].index_copy_(0, tensor(unfixed), decided);
            }
        }
        return result.MoveToOuterDisposeScope();
    }
}
