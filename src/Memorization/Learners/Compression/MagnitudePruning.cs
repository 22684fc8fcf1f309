using Memorization.Configuration;
using static TorchSharp.torch;

namespace Memorization.Learners.Compression;

/// <summary>
/// Magnitude pruning of the first-layer weight W ([H, d]) to a kept fraction f: the k = ⌈f·H·d⌉ entries of largest |w|
/// keep their float32 value, every other entry becomes 0. Size: 32·k for the kept values, plus their positions in
/// the cheaper of two encodings — a bitmap (H·d bits) or a list of indices (k·⌈log₂(H·d)⌉ bits) — plus 1 bit saying
/// which, plus 32·H for the float32 bias.
/// </summary>
/// <remarks>
/// Source: magnitude pruning as in Han, Pool, Tran and Dally, "Learning both Weights and Connections for Efficient
/// Neural Networks" (NeurIPS 2015), without retraining. Ties at the threshold are broken by <c>topk</c>, so exactly k
/// entries are kept.
/// </remarks>
public static class MagnitudePruning
{
    /// <summary>The number of kept weights, k = ⌈f·<paramref name="count"/>⌉ (at least 1).</summary>
    /// <exception cref="InvalidOptionException"><paramref name="keepFraction"/> is not in (0, 1].</exception>
    public static long KeptCount(long count, double keepFraction)
    {
        CheckFraction(keepFraction);
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "There must be at least one weight to prune.");
        }
        return Math.Clamp((long)Math.Ceiling(keepFraction * count - 1e-9), 1L, count);
    }

    /// <summary>
    /// Bits of the kept values and their positions: 32·k + min(<paramref name="count"/>, k·⌈log₂ <paramref name="count"/>⌉) + 1.
    /// </summary>
    public static long Bits(long count, long kept)
    {
        if (kept < 0 || kept > count)
        {
            throw new ArgumentOutOfRangeException(nameof(kept), kept, $"The kept count must lie in [0, {count}].");
        }
        long indexBits = IndexBits(count);
        return 32L * kept + Math.Min(count, kept * indexBits) + 1L;
    }

    /// <summary>⌈log₂ <paramref name="count"/>⌉: the bits of one position among <paramref name="count"/> (0 for a single entry).</summary>
    public static long IndexBits(long count)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "There must be at least one position.");
        }
        return count == 1 ? 0 : 64 - long.LeadingZeroCount(count - 1);
    }

    /// <summary><paramref name="model"/> with all but the largest-magnitude fraction <paramref name="keepFraction"/> of its first-layer weights set to 0.</summary>
    /// <param name="model">A <c>LogisticRegressionModel</c> or <c>MlpModel</c>; keep it alive while the result is used.</param>
    /// <param name="keepFraction">f ∈ (0, 1]; 1 keeps every weight.</param>
    public static CompressedLabelModel Compress(ILabelModel model, double keepFraction)
    {
        var source = CompressedLabelModel.FirstLayerOf(model, nameof(model));
        CheckFraction(keepFraction);
        Tensor w = source.FirstWeight;
        long count = w.numel();
        long kept = KeptCount(count, keepFraction);
        using var noGrad = no_grad();
        Tensor pruned;
        using (var scope = NewDisposeScope())
        {
            Tensor flat = w.detach().reshape(-1);
            Tensor index = flat.abs().topk((int)kept).indexes;
            pruned = zeros_like(flat).scatter_(0, index, flat.index_select(0, index)).reshape(w.shape).MoveToOuterDisposeScope();
        }
        Tensor bias = source.FirstBias.detach().clone();
        long size = Bits(count, kept) + 32L * bias.numel();
        string positions = count <= kept * IndexBits(count) ? $"a {count}-bit bitmap" : $"{kept} indices of {IndexBits(count)} bits";
        return CompressedLabelModel.Dense(source, $"pruned-{keepFraction:G4}", pruned, bias, size,
            $"{kept} of {count} weights at 32 bits + positions as {positions} (+1 bit) + float32 bias");
    }

    private static void CheckFraction(double keepFraction)
    {
        if (!(keepFraction > 0.0 && keepFraction <= 1.0))
        {
            throw new InvalidOptionException(nameof(keepFraction),
                $"Pruning keepFraction = {keepFraction} must be in (0, 1] (the fraction of first-layer weights kept; 1 keeps them all).");
        }
    }
}
