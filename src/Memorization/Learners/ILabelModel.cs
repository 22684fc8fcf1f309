using TorchSharp;

namespace Memorization.Learners;

/// <summary>
/// A model of hypercube cluster labeling (docs/tasks.md#hcl): scores every label of a batch of inputs.
/// Attacks use only this, so each attack works on every model: trained networks, the Bayes-optimal
/// and the forgetful learners alike.
/// </summary>
public interface ILabelModel : IModel
{
    /// <summary>The input dimension d.</summary>
    int InputDimension { get; }

    /// <summary>The number of labels N (one per subpopulation).</summary>
    int LabelCount { get; }

    /// <summary>
    /// Log-probabilities of every label: <paramref name="inputs"/> is a [batch, d] float32 tensor with
    /// entries ±1 (on any device); the result is a [batch, N] float32 tensor on the same device whose
    /// rows are normalised log-probabilities. Called under <c>torch.no_grad()</c> by evaluators and
    /// attacks; the caller disposes the result.
    /// </summary>
    torch.Tensor LogProbabilities(torch.Tensor inputs);
}
