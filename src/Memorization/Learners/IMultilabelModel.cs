using TorchSharp;

namespace Memorization.Learners;

/// <summary>
/// A model of multilabel hypercube cluster labeling (docs/tasks.md#multilabel-hcl): for a batch of inputs, the probability of
/// each of the k label bits, and the likelihood of whole label vectors (what the attacks maximise). Evaluators and attacks
/// use only this, so they work on trained models and on the Bayes-optimal and forgetful predictors alike.
/// </summary>
public interface IMultilabelModel : IModel
{
    /// <summary>The input dimension d.</summary>
    int InputDimension { get; }

    /// <summary>k, the number of label bits.</summary>
    int LabelBits { get; }

    /// <summary>
    /// Pr[y_b = 1 | x] for every bit: <paramref name="inputs"/> is a [batch, d] float32 ±1 tensor; the result is a
    /// [batch, k] float32 tensor on the same device. The caller disposes it.
    /// </summary>
    torch.Tensor BitProbabilities(torch.Tensor inputs);

    /// <summary>
    /// log Pr[y = t_c | x] for every input and every target vector t_c: <paramref name="targets"/> is [t, k] float32 0/1;
    /// the result is [batch, t] float32 on the inputs' device. The caller disposes it.
    /// </summary>
    torch.Tensor TargetLogLikelihoods(torch.Tensor inputs, torch.Tensor targets);
}
