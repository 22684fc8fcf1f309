using Memorization.Learners;
using Memorization.Learners.Sequence;
using static TorchSharp.torch;

namespace Memorization.Attacks.Sequence;

/// <summary>
/// The informed attack (docs/attacks.md#informed-attack-for-nsp: the HCL informed adversary, adapted to next-symbol prediction): the
/// adversary knows P, hence the centre c of the target's subpopulation and the noise rate p, but not the
/// target. It probes the model with R fresh strings z⁽ʳ⁾ = c ⊕ e⁽ʳ⁾ of that subpopulation and guesses
/// x̂_t = 1 ⇔ (1/R) Σᵣ Pr[z_t = 1 | z⁽ʳ⁾_&lt;t] &gt; 1/2.
/// </summary>
/// <remarks>
/// The probes are drawn from P alone, never from the target, so whatever the guess knows about the
/// target's noise bits came from the model. Batched: all m·R probes go through the model in chunks of
/// at most <c>maxRowsPerForward</c> rows. The probe noise is drawn on the CPU from a
/// <c>torch.Generator</c> (derive its seed with <c>SeedDerivation.TorchSeed(root, <see cref="Memorization.Randomness.SeedStreams.NspInformedAttack"/>)</c>),
/// so a run is the same on every device.
/// </remarks>
public static class SequenceInformedAttack
{
    /// <summary>
    /// Guesses [m, d] float32 (on the centres' device), one per row of <paramref name="targetCentres"/>
    /// ([m, d] bits: the centre of each target's subpopulation).
    /// </summary>
    /// <param name="model">Any next-bit model.</param>
    /// <param name="targetCentres">Row i: the centre c_{J_i} of target i's subpopulation.</param>
    /// <param name="noiseRate">p, the noise rate of P (0 ≤ p ≤ 1/2).</param>
    /// <param name="probeCount">R ≥ 1 fresh probes per target (odd values avoid exact ties for deterministic models).</param>
    /// <param name="seed">Seed of the probes' noise.</param>
    /// <param name="maxRowsPerForward">Most probe strings per forward pass (memory bound).</param>
    public static Tensor Run(INextBitModel model, Tensor targetCentres, double noiseRate, int probeCount, long seed, int maxRowsPerForward = 8192)
    {
        ArgumentNullException.ThrowIfNull(model);
        NspTensorChecks.RequireStrings(targetCentres, model.Length, nameof(targetCentres));
        if (!(noiseRate >= 0.0 && noiseRate <= 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(noiseRate), noiseRate, "The noise rate p = δ/2 must lie in [0, 1/2].");
        }
        if (probeCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(probeCount), probeCount, "The number of probes R must be ≥ 1; 32 to 128 is typical.");
        }
        if (maxRowsPerForward < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxRowsPerForward), maxRowsPerForward, "maxRowsPerForward must be ≥ 1.");
        }

        using var noGrad = no_grad();
        using var outer = NewDisposeScope();
        long targets = targetCentres.shape[0];
        int length = model.Length;
        var generator = new Generator((ulong)seed);
        Tensor probeNoise = bernoulli(full(targets * probeCount, length, noiseRate, dtype: float32), generator).to(targetCentres.device);
        Tensor probes = (targetCentres.repeat_interleave(probeCount, 0) + probeNoise).remainder(2.0);

        Tensor sums = zeros(targets * probeCount, length, dtype: float32, device: targetCentres.device);
        long rowsPerChunk = Math.Max(1, maxRowsPerForward);
        for (long start = 0; start < probes.shape[0]; start += rowsPerChunk)
        {
            using var chunkScope = NewDisposeScope();
            long rows = Math.Min(rowsPerChunk, probes.shape[0] - start);
            sums.narrow(0, start, rows).copy_(model.NextBitProbabilities(probes.narrow(0, start, rows)));
        }
        Tensor meanProbability = sums.view(targets, probeCount, length).mean([1]);
        return meanProbability.gt(0.5).to(float32).MoveToOuterDisposeScope();
    }
}
