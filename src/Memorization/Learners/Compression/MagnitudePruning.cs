using Memorization.Configuration;
using static TorchSharp.torch;

namespace Memorization.Learners.Compression;

/// <summary>
/// Magnitude pruning of the first-layer weight W ([H, d]) to a kept fraction f, optionally per row and with the kept
/// values quantised. <b>Global</b>: the k = ⌈f·H·d⌉ entries of largest |w| are kept. <b>Per row</b>: each row (one
/// label of the logistic regression) keeps its k_row = ⌈f·d⌉ entries of largest |w|. Every other entry becomes 0.
/// Kept values stay float32 (32 bits each) or are quantised to b bits with one scale
/// (<see cref="WeightQuantisation"/>: b·k + 32). Positions, in the cheaper of two encodings: globally
/// min(H·d, k·⌈log₂(H·d)⌉) — a bitmap or a list of indices —, per row Σ_rows min(d, k_row·⌈log₂ d⌉); plus 1 bit
/// saying which. The bias stays float32 (32·H) or is quantised to b_bias bits with its own scale (b_bias·H + 32).
/// Size = values + positions + bias, e.g. per row with 1-bit values and an 8-bit bias: k_row·H + 32 +
/// H·min(d, k_row·⌈log₂ d⌉) + 1 + 8·H + 32.
/// </summary>
/// <remarks>
/// Source: magnitude pruning as in Han, Pool, Tran and Dally, "Learning both Weights and Connections for Efficient
/// Neural Networks" (NeurIPS 2015), without retraining; "Deep Compression" (Han, Mao, Dally, ICLR 2016) for pruning
/// followed by quantisation. Ties at the threshold are broken by <c>topk</c>, so exactly k entries are kept.
/// Per-row pruning with 1-bit values and an 8-bit bias ("row-sign") is the SIZE claim's sub-n·d compression: a
/// well-represented class needs only its ≈ ρ·d fixed coordinates, which its largest weights mark; a singleton class's
/// weights are its whole example (docs/tasks.md#singletons). Its smallest model, one weight per row, is ≈ (⌈log₂ d⌉ + 9)·H bits.
/// </remarks>
public static class MagnitudePruning
{
    /// <summary>The number of kept entries, k = ⌈f·<paramref name="count"/>⌉ (at least 1).</summary>
    /// <exception cref="InvalidParameterException"><paramref name="keepFraction"/> is not in (0, 1].</exception>
    public static long KeptCount(long count, double keepFraction)
    {
        CheckFraction(keepFraction);
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "There must be at least one weight to prune.");
        }
        return Math.Clamp((long)Math.Ceiling(keepFraction * count - 1e-9), 1L, count);
    }

    /// <summary>Bits of the positions of <paramref name="kept"/> entries among <paramref name="count"/>: min(count, kept·⌈log₂ count⌉).</summary>
    public static long PositionBits(long count, long kept)
    {
        if (kept < 0 || kept > count)
        {
            throw new ArgumentOutOfRangeException(nameof(kept), kept, $"The kept count must lie in [0, {count}].");
        }
        return Math.Min(count, kept * IndexBits(count));
    }

    /// <summary>
    /// Bits of a globally pruned float32 weight: 32·k + min(<paramref name="count"/>, k·⌈log₂ <paramref name="count"/>⌉) + 1.
    /// </summary>
    public static long Bits(long count, long kept) => 32L * kept + PositionBits(count, kept) + 1L;

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
    /// <param name="perRow">Keep ⌈f·d⌉ entries in every row instead of ⌈f·H·d⌉ over the whole matrix.</param>
    /// <param name="valueBits">Bits per kept value: 32 keeps the float32 values; b ∈ [1, 31] quantises them with one scale.</param>
    /// <param name="biasBits">Bits per bias entry: 32 keeps the float32 bias; b ∈ [1, 31] quantises it with its own scale.</param>
    public static CompressedLabelModel Compress(ILabelModel model, double keepFraction, bool perRow = false, int valueBits = 32, int biasBits = 32)
    {
        var source = CompressedLabelModel.FirstLayerOf(model, nameof(model));
        CheckFraction(keepFraction);
        CheckBits(nameof(valueBits), valueBits, "the float32 values; fewer quantises the kept values");
        CheckBits(nameof(biasBits), biasBits, "the float32 bias; fewer quantises it with its own scale");
        Tensor w = source.FirstWeight;
        long rows = w.shape[0];
        long columns = w.shape[1];
        long count = w.numel();
        long keptPerRow = perRow ? KeptCount(columns, keepFraction) : 0;
        long kept = perRow ? keptPerRow * rows : KeptCount(count, keepFraction);
        using var noGrad = no_grad();
        Tensor pruned;
        double scale = 0.0;
        using (var scope = NewDisposeScope())
        {
            Tensor detached = w.detach();
            Tensor mask = perRow
                ? zeros_like(detached, dtype: ScalarType.Bool).scatter_(1, detached.abs().topk((int)keptPerRow, dim: 1).indexes, ones_like(detached, dtype: ScalarType.Bool))
                : zeros(count, dtype: ScalarType.Bool, device: detached.device)
                    .scatter_(0, detached.reshape(-1).abs().topk((int)kept).indexes, ones(count, dtype: ScalarType.Bool, device: detached.device))
                    .reshape(detached.shape);
            Tensor values = detached;
            if (valueBits < 32)
            {
                (Tensor quantised, scale) = WeightQuantisation.Quantise(detached.masked_select(mask), valueBits);
                values = zeros_like(detached).masked_scatter_(mask, quantised);
            }
            pruned = values.masked_fill(mask.logical_not(), 0.0).MoveToOuterDisposeScope();
        }
        Tensor bias = CompressedLabelModel.CopyBias(source);
        double biasScale = 0.0;
        if (biasBits < 32)
        {
            using Tensor full = bias;
            (bias, biasScale) = WeightQuantisation.Quantise(full, biasBits);
        }
        long positions = (perRow ? rows * PositionBits(columns, keptPerRow) : PositionBits(count, kept)) + 1L;
        long size = StoredBits(kept, valueBits) + positions + StoredBits(bias.numel(), biasBits);
        string where = perRow ? $"{keptPerRow} per row of {columns}" : $"{kept} of {count}";
        string valueText = valueBits == 32 ? "float32 values" : $"{valueBits}-bit values (Δ = {scale:G4})";
        string biasText = biasBits == 32 ? "float32 bias" : $"{biasBits}-bit bias (Δ = {biasScale:G4})";
        string scheme = (perRow ? "row-pruned-" : "pruned-") + keepFraction.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)
            + (valueBits == 32 ? "" : $"-{valueBits}bit") + (biasBits == 32 ? "" : $"-bias{biasBits}bit");
        return CompressedLabelModel.Dense(source, scheme, pruned, bias, size,
            $"{where} weights kept, {valueText}, positions {positions} bits (bitmap or indices, the cheaper, +1 bit) + {biasText}");
    }

    // count float32 entries (32·count), or count entries quantised to b bits with one scale (b·count + 32).
    private static long StoredBits(long count, int bits) => bits == 32 ? 32L * count : WeightQuantisation.Bits(count, bits);

    private static void CheckBits(string name, int bits, string meaningOf32)
    {
        if (bits < 1 || bits > 32)
        {
            throw new InvalidParameterException(name, $"Pruning {name} = {bits} must be in [1, 32] (32 keeps {meaningOf32}).");
        }
    }

    private static void CheckFraction(double keepFraction)
    {
        if (!(keepFraction > 0.0 && keepFraction <= 1.0))
        {
            throw new InvalidParameterException(nameof(keepFraction),
                $"Pruning keepFraction = {keepFraction} must be in (0, 1] (the fraction of first-layer weights kept; 1 keeps them all).");
        }
    }
}
