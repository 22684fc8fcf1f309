using static TorchSharp.torch;

namespace Memorization.Learners.Private;

/// <summary>
/// The clipped per-example gradients of one batch, summed: Σᵢ cᵢ·∇ℓᵢ with cᵢ = min(1, C/‖∇ℓᵢ‖), one tensor per
/// parameter in the model's <c>parameters()</c> order; and the per-example norms ‖∇ℓᵢ‖ before clipping.
/// The caller owns (disposes) the tensors.
/// </summary>
/// <param name="Sums">Per-parameter clipped sums (same shapes as the parameters).</param>
/// <param name="Norms">[b] per-example gradient norms before clipping.</param>
public sealed record ClippedGradients(IReadOnlyList<Tensor> Sums, Tensor Norms);
