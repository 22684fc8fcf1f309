using Memorization.Configuration;
using static TorchSharp.torch;

namespace Memorization.Learners.Compression;

/// <summary>
/// Low-rank factorisation of the first-layer weight W ([H, d]) by truncated SVD: W = U Σ Vᵀ, Ŵ = L·R with
/// L = U_r Σ_r ([H, r]) and R = V_rᵀ ([r, d]) — the best rank-r approximation in Frobenius norm (Eckart–Young).
/// Size: 32·r·(d + H) for the float32 factors + 32·H for the float32 bias.
/// </summary>
/// <remarks>The SVD runs in float64 on the weight's device; the factors are stored and evaluated in float32 (x ↦ (xRᵀ)Lᵀ).</remarks>
public static class LowRankFactorisation
{
    /// <summary>The stored size of the factors: 32·r·(d + H).</summary>
    public static long Bits(int inputDimension, int outputs, int rank) => checked(32L * rank * (inputDimension + (long)outputs));

    /// <summary><paramref name="model"/> with its first-layer weight replaced by its best rank-<paramref name="rank"/> approximation.</summary>
    /// <param name="model">A <c>LogisticRegressionModel</c> or <c>MlpModel</c>; keep it alive while the result is used.</param>
    /// <param name="rank">r ∈ [1, min(H, d)]; r = min(H, d) reproduces W (up to rounding).</param>
    /// <exception cref="InvalidParameterException"><paramref name="rank"/> is out of range.</exception>
    public static CompressedLabelModel Compress(ILabelModel model, int rank)
    {
        var source = CompressedLabelModel.FirstLayerOf(model, nameof(model));
        Tensor w = source.FirstWeight;
        int outputs = (int)w.shape[0];
        int d = (int)w.shape[1];
        int maxRank = Math.Min(outputs, d);
        if (rank < 1 || rank > maxRank)
        {
            throw new InvalidParameterException(nameof(rank),
                $"Low-rank rank = {rank} must be in [1, {maxRank}] (min of the first layer's {outputs} outputs and {d} inputs; {maxRank} is full rank).");
        }
        using var noGrad = no_grad();
        Tensor left;
        Tensor right;
        using (var scope = NewDisposeScope())
        {
            var (u, s, vh) = linalg.svd(w.detach().to(ScalarType.Float64), fullMatrices: false);
            left = u.narrow(1, 0, rank).mul(s.narrow(0, 0, rank).unsqueeze(0)).to(ScalarType.Float32).contiguous().MoveToOuterDisposeScope();
            right = vh.narrow(0, 0, rank).to(ScalarType.Float32).contiguous().MoveToOuterDisposeScope();
        }
        Tensor bias = CompressedLabelModel.CopyBias(source);
        long size = Bits(d, outputs, rank) + 32L * bias.numel();
        return CompressedLabelModel.Factorised(source, $"rank-{rank}", left, right, bias, size,
            $"rank {rank}: 32 bits × {rank}·({d} + {outputs}) factor entries + float32 bias");
    }
}
