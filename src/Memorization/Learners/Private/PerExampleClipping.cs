using Memorization.Learners.Trained;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Learners.Private;

/// <summary>
/// Per-example gradient clipping for networks of Linear layers without a loop over examples. For a Linear layer with
/// input aᵢ and output-gradient gᵢ = ∂ℓᵢ/∂(layer output) of example i, the example's weight gradient is gᵢaᵢᵀ and its
/// bias gradient gᵢ, so ‖∇ᵢ‖² = Σ_layers ‖gᵢ‖²(‖aᵢ‖² + 1) and the clipped sums are (c ⊙ G)ᵀA and Σᵢ cᵢgᵢ, with
/// cᵢ = min(1, C/‖∇ᵢ‖) (Goodfellow 2015, "Efficient Per-Example Gradient Computations"). The gᵢ come from one autograd
/// call on the summed loss w.r.t. the layer outputs: example i's loss depends only on its own row, so row i of that
/// gradient is gᵢ.
/// </summary>
public static class PerExampleClipping
{
    /// <summary>The clipped per-example gradient sum of the NLL loss of <paramref name="model"/> on a batch.</summary>
    /// <param name="model">A <see cref="LogisticRegressionModel"/> or an <see cref="MlpModel"/>.</param>
    /// <param name="inputs">[b, d] inputs, same dtype and device as the model (b ≥ 1).</param>
    /// <param name="labels">[b] int64 labels on the model's device.</param>
    /// <param name="clipNorm">C &gt; 0.</param>
    public static ClippedGradients Compute(TrainedLabelModel model, Tensor inputs, Tensor labels, double clipNorm)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(labels);
        if (!(clipNorm > 0.0) || double.IsInfinity(clipNorm))
        {
            throw new ArgumentOutOfRangeException(nameof(clipNorm), clipNorm, "The clipping norm C must be a finite number > 0.");
        }
        if (inputs.dim() != 2 || inputs.shape[0] < 1 || labels.dim() != 1 || labels.shape[0] != inputs.shape[0])
        {
            throw new ArgumentException(
                $"inputs must be [b, d] with b ≥ 1 and labels [b]; got [{string.Join(", ", inputs.shape)}] and [{string.Join(", ", labels.shape)}].", nameof(inputs));
        }

        using var scope = NewDisposeScope();
        (Tensor logProbabilities, IReadOnlyList<LinearTrace> layers) = LinearNetworkTrace.Forward(model, inputs);
        Tensor loss = nn.functional.nll_loss(logProbabilities, labels, reduction: nn.Reduction.Sum);
        IList<Tensor> outputGradients = autograd.grad([loss], layers.Select(l => l.Output).ToArray());

        Tensor? squaredNorms = null;
        for (int k = 0; k < layers.Count; k++)
        {
            Tensor g = outputGradients[k].detach();
            Tensor a = layers[k].Input.detach();
            Tensor term = g.square().sum(1).mul(a.square().sum(1).add(1.0));
            squaredNorms = squaredNorms is null ? term : squaredNorms.add(term);
        }
        Tensor norms = squaredNorms!.sqrt();
        Tensor factors = norms.clamp_min(1e-12).reciprocal().mul(clipNorm).clamp_max(1.0);

        var byParameter = new Dictionary<IntPtr, Tensor>();
        for (int k = 0; k < layers.Count; k++)
        {
            Tensor g = outputGradients[k].detach().mul(factors.unsqueeze(1));
            Tensor a = layers[k].Input.detach();
            byParameter[layers[k].Layer.weight!.Handle] = g.t().matmul(a);
            byParameter[layers[k].Layer.bias!.Handle] = g.sum(0L, keepdim: false);
        }
        var sums = new List<Tensor>();
        foreach (Tensor p in model.parameters())
        {
            Tensor sum = byParameter.TryGetValue(p.Handle, out Tensor? s)
                ? s
                : throw new InvalidOperationException($"{model.Name}: a parameter of shape [{string.Join(", ", p.shape)}] belongs to no traced Linear layer.");
            sums.Add(sum.MoveToOuterDisposeScope());
        }
        return new ClippedGradients(sums, norms.MoveToOuterDisposeScope());
    }
}
