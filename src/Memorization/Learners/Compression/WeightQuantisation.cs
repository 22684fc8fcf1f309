using Memorization.Configuration;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Learners.Compression;

/// <summary>
/// Uniform symmetric (mid-rise) quantisation to b bits per weight with one float32 scale per tensor: with
/// M = max|w| and step Δ = 2M / 2ᵇ, q = clamp(⌊w/Δ⌋, −2ᵇ⁻¹, 2ᵇ⁻¹ − 1) and ŵ = (q + ½)·Δ, so |w − ŵ| ≤ Δ/2 for every
/// weight; b = 1 is the sign times M/2. Size of a tensor: b·#weights + 32 (its scale Δ).
/// </summary>
/// <remarks>
/// Source: the standard uniform quantiser (e.g. Gholami et al., "A Survey of Quantization Methods", 2021, §3);
/// used here for the SIZE claim (docs/bounds.md#model-size: a model of S bits holds at most S bits about its training set).
/// Applied to the first-layer weight W only; the bias stays float32 and is counted at 32 bits per entry, as are
/// the source model's other layers (<see cref="CompressedLabelModel.RestBits"/>).
/// </remarks>
public static class WeightQuantisation
{
    /// <summary>The largest supported b: the computation runs in float64, so 2ᵇ levels stay exact up to 32 bits.</summary>
    public const int MaxBits = 32;

    /// <summary>Quantises <paramref name="values"/> (any shape, float32) to <paramref name="bits"/> bits per entry.</summary>
    /// <returns>ŵ (float32, same shape and device) and the step Δ; the caller disposes ŵ.</returns>
    /// <exception cref="InvalidParameterException"><paramref name="bits"/> is not in [1, <see cref="MaxBits"/>].</exception>
    public static (Tensor Values, double Scale) Quantise(Tensor values, int bits)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckBits(bits);
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        Tensor w = values.to(ScalarType.Float64);
        double max = w.abs().max().item<double>();
        double levels = Math.Pow(2.0, bits);
        double step = 2.0 * max / levels;
        if (step == 0.0)
        {
            // All weights are 0: Δ = 0 and ŵ = 0 reproduce them exactly.
            return (zeros_like(values).MoveToOuterDisposeScope(), 0.0);
        }
        double half = levels / 2.0;
        Tensor q = w.div(step).floor_().clamp_(-half, half - 1.0);
        Tensor reconstructed = q.add_(0.5).mul_(step).to(ScalarType.Float32);
        return (reconstructed.MoveToOuterDisposeScope(), step);
    }

    /// <summary>The stored size of a quantised tensor: b·<paramref name="count"/> + 32 (the scale).</summary>
    public static long Bits(long count, int bits)
    {
        CheckBits(bits);
        return checked(bits * count + 32L);
    }

    /// <summary>
    /// <paramref name="model"/> with its first-layer weight quantised to <paramref name="bits"/> bits per weight (one scale);
    /// size = b·H·d + 32 + 32·H (float32 bias) + 32 × the other parameters.
    /// </summary>
    /// <param name="model">A <c>LogisticRegressionModel</c> or <c>MlpModel</c>; keep it alive while the result is used.</param>
    /// <param name="bits">b ∈ [1, 32].</param>
    public static CompressedLabelModel Compress(ILabelModel model, int bits)
    {
        var source = CompressedLabelModel.FirstLayerOf(model, nameof(model));
        CheckBits(bits);
        using var noGrad = no_grad();
        (Tensor weight, double scale) = Quantise(source.FirstWeight, bits);
        Tensor bias = CompressedLabelModel.CopyBias(source);
        long size = Bits(source.FirstWeight.numel(), bits) + 32L * bias.numel();
        return CompressedLabelModel.Dense(source, $"quantised-{bits}bit", weight, bias, size,
            $"{bits} bits × {source.FirstWeight.numel()} weights + 32-bit scale (Δ = {scale:G4}) + float32 bias");
    }

    private static void CheckBits(int bits)
    {
        if (bits < 1 || bits > MaxBits)
        {
            throw new InvalidParameterException(nameof(bits),
                $"Quantisation bits = {bits} must be an integer in [1, {MaxBits}] (b bits per weight; 32 keeps the float32 model's outputs).");
        }
    }
}
