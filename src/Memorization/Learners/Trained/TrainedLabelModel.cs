using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Learners.Trained;

/// <summary>
/// What the trained HCL models share: a TorchSharp module whose <c>forward</c> returns normalised
/// log-probabilities, input checks, and the size in bits (parameter count × 32, float32 storage).
/// </summary>
public abstract class TrainedLabelModel : nn.Module<Tensor, Tensor>, ILabelModel
{
    /// <summary>Creates the module; derived constructors build their layers and call <c>RegisterComponents()</c>.</summary>
    protected TrainedLabelModel(string name, int inputDimension, int labelCount, Device device) : base(name)
    {
        if (inputDimension < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(inputDimension), inputDimension, "The input dimension d must be ≥ 1.");
        }
        if (labelCount < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(labelCount), labelCount, "The label count N must be ≥ 2 for a classifier.");
        }
        Name = name;
        InputDimension = inputDimension;
        LabelCount = labelCount;
        Device = device;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public int InputDimension { get; }

    /// <inheritdoc />
    public int LabelCount { get; }

    /// <summary>The device the parameters live on.</summary>
    public Device Device { get; }

    /// <summary>Parameter count × 32 (every parameter is a float32).</summary>
    public long ParameterBits => parameters().Sum(p => p.numel()) * 32L;

    /// <summary>
    /// log Pr[y = j | x] for every label j: <paramref name="inputs"/> is [batch, d] float32 (±1); the result is
    /// [batch, N] float32, rows normalised (logsumexp = 0), on the inputs' device. Checks the shape; inputs on another
    /// device than the model's are copied there and the result copied back (attacks avoid this by passing the device).
    /// </summary>
    public Tensor LogProbabilities(Tensor inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.dim() != 2 || inputs.shape[1] != InputDimension)
        {
            throw new ArgumentException(
                $"{Name}: inputs must be a [batch, {InputDimension}] tensor, got [{string.Join(", ", inputs.shape)}]. " +
                "Pass one ±1 example per row.", nameof(inputs));
        }
        if (inputs.dtype != ScalarType.Float32)
        {
            throw new ArgumentException($"{Name}: inputs must be float32, got {inputs.dtype}. Convert with .to(torch.float32).", nameof(inputs));
        }
        // "cuda" (index −1) means the current GPU; only a real mismatch costs a copy.
        if (inputs.device_type != Device.type || (Device.index >= 0 && inputs.device_index != Device.index))
        {
            using Tensor moved = inputs.to(Device);
            using Tensor result = forward(moved);
            return result.to(inputs.device);
        }
        return forward(inputs);
    }
}
