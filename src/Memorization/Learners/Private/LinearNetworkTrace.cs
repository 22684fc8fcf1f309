using Memorization.Learners.Trained;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Learners.Private;

/// <summary>One Linear layer of a forward pass: the layer, its input a and its output Wa + b.</summary>
internal sealed record LinearTrace(TorchSharp.Modules.Linear Layer, Tensor Input, Tensor Output);

/// <summary>
/// The forward pass of the trained HCL models with every Linear layer's input and output kept, for per-example
/// gradients. It recomputes each model's forward (<see cref="LogisticRegressionModel.forward"/>, <see cref="MlpModel.forward"/>)
/// from its layers; a unit test checks the two agree.
/// </summary>
internal static class LinearNetworkTrace
{
    public static (Tensor LogProbabilities, IReadOnlyList<LinearTrace> Layers) Forward(TrainedLabelModel model, Tensor inputs)
    {
        switch (model)
        {
            case LogisticRegressionModel lr:
            {
                Tensor logits = lr.Linear.forward(inputs);
                return (nn.functional.log_softmax(logits, 1), [new LinearTrace(lr.Linear, inputs, logits)]);
            }
            case MlpModel mlp:
            {
                Tensor preActivation = mlp.Hidden.forward(inputs);
                Tensor activation = sigmoid(preActivation);
                Tensor logits = mlp.Output.forward(activation);
                return (nn.functional.log_softmax(logits, 1),
                    [new LinearTrace(mlp.Hidden, inputs, preActivation), new LinearTrace(mlp.Output, activation, logits)]);
            }
            default:
                throw new ArgumentException(
                    $"DP-SGD knows the per-example gradients of LogisticRegressionModel and MlpModel, not {model.GetType().Name}.", nameof(model));
        }
    }
}
