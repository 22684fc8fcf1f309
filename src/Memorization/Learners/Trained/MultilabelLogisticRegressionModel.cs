using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Learners.Trained;

/// <summary>
/// The multilabel counterpart of the published logistic regression (docs/experiments.md#multilabel-logistic-regression):
/// z = Wx + b, W ∈ ℝ^{k×d}, b ∈ ℝ^k, and Pr[y_b = 1 | x] = σ(z_b), one independent sigmoid per label bit. Initialised like
/// PyTorch's Linear from a seeded generator, as <see cref="LogisticRegressionModel"/>.
/// </summary>
public sealed class MultilabelLogisticRegressionModel : nn.Module<Tensor, Tensor>, IMultilabelModel
{
    private readonly TorchSharp.Modules.Linear _linear;

    /// <summary>Builds the model with weights drawn from <c>torch.Generator(initSeed)</c>, then moves it to <paramref name="device"/>.</summary>
    /// <exception cref="InvalidParameterException">d or k is below 1.</exception>
    public MultilabelLogisticRegressionModel(int inputDimension, int labelBits, long initSeed, Device device)
        : base("multilabel-logistic-regression")
    {
        if (inputDimension < 1)
        {
            throw new InvalidParameterException(nameof(inputDimension), $"The input dimension d must be ≥ 1; got {inputDimension}.");
        }
        Tasks.HclLabelVectors.CheckLabelBits(labelBits);
        InputDimension = inputDimension;
        LabelBits = labelBits;
        Device = device;
        _linear = nn.Linear(inputDimension, labelBits);
        using var generator = new Generator(unchecked((ulong)initSeed));
        SeededLinearInit.Reset(_linear, generator);
        RegisterComponents();
        this.to(device);
    }

    /// <inheritdoc/>
    public string Name => "multilabel-logistic-regression";

    /// <summary>Parameter count × 32 (float32).</summary>
    public long ParameterBits => ((long)LabelBits * (InputDimension + 1)) * 32L;

    /// <inheritdoc/>
    public int InputDimension { get; }

    /// <inheritdoc/>
    public int LabelBits { get; }

    /// <summary>The device the parameters live on.</summary>
    public Device Device { get; }

    /// <summary>W: [k, d] (the attacks' fast path reads it).</summary>
    public Tensor Weight => _linear.weight!;

    /// <summary>b: [k].</summary>
    public Tensor Bias => _linear.bias!;

    /// <summary>The bit logits z = Wx + b, [batch, k].</summary>
    public override Tensor forward(Tensor input) => _linear.forward(input);

    /// <inheritdoc/>
    public Tensor BitProbabilities(Tensor inputs)
    {
        using var scope = NewDisposeScope();
        return forward(OnDevice(inputs)).sigmoid().to(inputs.device).MoveToOuterDisposeScope();
    }

    /// <inheritdoc/>
    public Tensor TargetLogLikelihoods(Tensor inputs, Tensor targets)
    {
        using var scope = NewDisposeScope();
        return LabelVectorLikelihood.FromLogits(forward(OnDevice(inputs)), targets).to(inputs.device).MoveToOuterDisposeScope();
    }

    private Tensor OnDevice(Tensor inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.dim() != 2 || inputs.shape[1] != InputDimension || inputs.dtype != ScalarType.Float32)
        {
            throw new ArgumentException(
                $"{Name}: inputs must be a [batch, {InputDimension}] float32 tensor of ±1, got {inputs.dtype} [{string.Join(", ", inputs.shape)}].",
                nameof(inputs));
        }
        return inputs.to(Device);
    }
}
