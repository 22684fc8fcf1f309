using static TorchSharp.torch;

namespace Memorization.Learners;

/// <summary>
/// The log-likelihood of whole label vectors under a model with one independent sigmoid per bit (docs/tasks.md#multilabel-hcl):
/// log Pr[y = t | x] = Σ_b t_b·log σ(z_b) + (1 − t_b)·log σ(−z_b), z = the bit logits — the negative of the summed binary
/// cross-entropy, the multilabel counterpart of the multiclass log-probability log Pr[y = j | x].
/// </summary>
public static class LabelVectorLikelihood
{
    /// <summary>[batch, t] log-likelihoods of the t target vectors (<paramref name="targets"/>: [t, k] 0/1) from [batch, k] <paramref name="logits"/>.</summary>
    public static Tensor FromLogits(Tensor logits, Tensor targets)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(targets);
        if (logits.dim() != 2 || targets.dim() != 2 || logits.shape[1] != targets.shape[1])
        {
            throw new ArgumentException(
                $"logits must be [batch, k] and targets [t, k] with the same k; got [{string.Join(", ", logits.shape)}] and [{string.Join(", ", targets.shape)}].",
                nameof(targets));
        }
        using var scope = NewDisposeScope();
        Tensor t = targets.to(logits.device).to_type(logits.dtype);
        // log σ(z) and log σ(−z) are computed stably by logsigmoid; two matrix products sum them over the bits of each target.
        Tensor ones = nn.functional.logsigmoid(logits).matmul(t.t());
        Tensor zeros = nn.functional.logsigmoid(logits.neg()).matmul((1.0f - t).t());
        return ones.add(zeros).MoveToOuterDisposeScope();
    }
}
