using Memorization.Learners;
using Memorization.Learners.Sequence;
using static TorchSharp.torch;

namespace Memorization.Attacks.Sequence;

/// <summary>
/// Prefix-prompted extraction (docs/tasks.md#nsp, docs/attacks.md#prefix-extraction): prompt the model with the first k bits of a target
/// training string and decode the rest greedily, ẑ_t = 1 ⇔ Pr[z_t = 1 | x_&lt;k, ẑ_k..ẑ_{t−1}] &gt; 1/2,
/// appending each decoded bit before decoding the next.
/// </summary>
/// <remarks>
/// Batched over targets: one forward pass over all targets per decoded position (d − k passes). The
/// bits after position t are zeros while t is decoded; a causal model cannot see them. Deterministic:
/// it draws no randomness.
/// </remarks>
public static class PrefixExtractionAttack
{
    /// <summary>The default prompt length ⌊d/4⌋.</summary>
    public static int DefaultPromptLength(int length) => length / 4;

    /// <summary>
    /// Reconstructions [m, d] float32 of <paramref name="targets"/> ([m, d] bits): columns &lt; k copy the
    /// prompt, columns ≥ k are decoded. On the targets' device.
    /// </summary>
    /// <param name="model">Any next-bit model.</param>
    /// <param name="targets">The strings whose prefixes prompt the model (training strings or controls).</param>
    /// <param name="promptLength">k, the number of leading bits given, 0 ≤ k ≤ d.</param>
    /// <param name="onPosition">Told each decoded position t (k ≤ t &lt; d) after it is decoded, for progress: decoding
    /// is d − k forward passes over every target; listening changes no result.</param>
    public static Tensor Run(INextBitModel model, Tensor targets, int promptLength, Action<int>? onPosition = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        NspTensorChecks.RequireStrings(targets, model.Length, nameof(targets));
        if (promptLength < 0 || promptLength > model.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(promptLength), promptLength,
                $"The prompt length k must lie in 0..d = 0..{model.Length}; {DefaultPromptLength(model.Length)} (d/4) is the usual choice.");
        }

        using var noGrad = no_grad();
        using var outer = NewDisposeScope();
        Tensor decoded = targets.clone();
        if (promptLength < model.Length)
        {
            decoded.narrow(1, promptLength, model.Length - promptLength).zero_();
        }
        for (int t = promptLength; t < model.Length; t++)
        {
            using var step = NewDisposeScope();
            Tensor probabilities = model.NextBitProbabilities(decoded);
            Tensor bit = probabilities.select(1, t).gt(0.5).to(float32);
            decoded.select(1, t).copy_(bit);
            onPosition?.Invoke(t);
        }
        return decoded.MoveToOuterDisposeScope();
    }
}
