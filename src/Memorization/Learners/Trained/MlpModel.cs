using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Learners.Trained;

/// <summary>
/// The published one-hidden-layer network (docs/experiments.md#mlp): log Pr[y | x] = log-softmax(W₂ σ(W₁x + b₁) + b₂), σ the
/// logistic sigmoid, W₁ ∈ ℝ^{H×d}, W₂ ∈ ℝ^{N×H}; both layers initialised like PyTorch's Linear from a seeded generator
/// (W₁, b₁, W₂, b₂ in that order).
/// </summary>
public sealed class MlpModel : TrainedLabelModel, IFirstLayerModel
{
    private readonly TorchSharp.Modules.Linear _hidden;
    private readonly TorchSharp.Modules.Linear _output;

    /// <summary>Builds the network with weights drawn from <c>torch.Generator(initSeed)</c>, then moves it to <paramref name="device"/>.</summary>
    public MlpModel(int inputDimension, int hiddenWidth, int labelCount, long initSeed, Device device)
        : base("mlp", inputDimension, labelCount, device)
    {
        if (hiddenWidth < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(hiddenWidth), hiddenWidth, "The hidden width H must be ≥ 1 (published 1500).");
        }
        HiddenWidth = hiddenWidth;
        _hidden = nn.Linear(inputDimension, hiddenWidth);
        _output = nn.Linear(hiddenWidth, labelCount);
        using var generator = new Generator(unchecked((ulong)initSeed));
        SeededLinearInit.Reset(_hidden, generator);
        SeededLinearInit.Reset(_output, generator);
        RegisterComponents();
        this.to(device);
    }

    /// <summary>H, the hidden width.</summary>
    public int HiddenWidth { get; }

    /// <summary>The first layer (W₁: [H, d], b₁: [H]); the fast coordinate ascent updates W₁x + b₁ incrementally.</summary>
    internal TorchSharp.Modules.Linear Hidden => _hidden;

    /// <summary>The output layer (W₂: [N, H], b₂: [N]).</summary>
    internal TorchSharp.Modules.Linear Output => _output;

    /// <summary>log-softmax(W₂ σ(W₁x + b₁) + b₂).</summary>
    public override Tensor forward(Tensor input)
    {
        using Tensor preActivation = _hidden.forward(input);
        return FromPreActivation(preActivation);
    }

    /// <summary>The log-probabilities given the first layer's pre-activation h = W₁x + b₁ ([batch, H]).</summary>
    Tensor IFirstLayerModel.FirstWeight => _hidden.weight!;

    Tensor IFirstLayerModel.FirstBias => _hidden.bias!;

    /// <summary>The log-probabilities given the first layer's pre-activation h = W₁x + b₁ ([batch, H]).</summary>
    public Tensor FromPreActivation(Tensor preActivation)
    {
        using Tensor activation = sigmoid(preActivation);
        using Tensor logits = _output.forward(activation);
        return nn.functional.log_softmax(logits, 1);
    }
}
