using static TorchSharp.torch;

namespace Memorization.Learners.Trained;

/// <summary>
/// A model whose input enters only through one affine map h = Wx + b (W: [H, d]); the rest of the network is a
/// function of h. Flipping input bit i changes h by −2·x_i·W[:, i], which is what the fast coordinate ascent uses.
/// </summary>
internal interface IFirstLayerModel : ILabelModel
{
    /// <summary>W: [H, d].</summary>
    Tensor FirstWeight { get; }

    /// <summary>b: [H].</summary>
    Tensor FirstBias { get; }

    /// <summary>log-probabilities [batch, N] from the pre-activation h ([batch, H]).</summary>
    Tensor FromPreActivation(Tensor preActivation);
}
