using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Learners.Trained;

/// <summary>
/// Multinomial logistic regression (docs/experiments.md#logistic-regression): log Pr[y = j | x] = (Wx + b)_j − log Σ_k exp((Wx + b)_k),
/// W ∈ ℝ^{N×d}, b ∈ ℝ^N, initialised like PyTorch's Linear from a seeded generator.
/// </summary>
public sealed class LogisticRegressionModel : TrainedLabelModel, IFirstLayerModel
{
    private readonly TorchSharp.Modules.Linear _linear;

    /// <summary>Builds the model with weights drawn from <c>torch.Generator(initSeed)</c>, then moves it to <paramref name="device"/>.</summary>
    public LogisticRegressionModel(int inputDimension, int labelCount, long initSeed, Device device)
        : base("logistic-regression", inputDimension, labelCount, device)
    {
        _linear = nn.Linear(inputDimension, labelCount);
        using var generator = new Generator(unchecked((ulong)initSeed));
        SeededLinearInit.Reset(_linear, generator);
        RegisterComponents();
        this.to(device);
    }

    /// <summary>The linear layer (W: [N, d], b: [N]); attacks and tests read it.</summary>
    internal TorchSharp.Modules.Linear Linear => _linear;

    /// <summary>log-softmax(Wx + b) over the labels.</summary>
    public override Tensor forward(Tensor input)
    {
        using Tensor logits = _linear.forward(input);
        return nn.functional.log_softmax(logits, 1);
    }

    Tensor IFirstLayerModel.FirstWeight => _linear.weight!;

    Tensor IFirstLayerModel.FirstBias => _linear.bias!;

    // The logits are the pre-activation: log p = log-softmax(h).
    Tensor IFirstLayerModel.FromPreActivation(Tensor preActivation) => nn.functional.log_softmax(preActivation, 1);
}
