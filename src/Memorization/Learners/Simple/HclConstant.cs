using TorchSharp;

namespace Memorization.Learners.Simple;

/// <summary>Predicts one label whatever the input (log-probabilities: log-softmax of a one-hot logit vector). Holds no information about the data.</summary>
public sealed class HclConstant : ILabelModel, IHclClassifier
{
    private readonly int _label;

    /// <summary>Always <paramref name="label"/>.</summary>
    public HclConstant(int label, int inputDimension, int labelCount)
    {
        if (label < 0 || label >= labelCount)
        {
            throw new ArgumentOutOfRangeException(nameof(label), label, $"The constant label must lie in [0, {labelCount}).");
        }
        _label = label;
        InputDimension = inputDimension;
        LabelCount = labelCount;
    }

    /// <inheritdoc/>
    public string Name => "constant";

    /// <summary>⌈log₂ N⌉: the label.</summary>
    public long ParameterBits => LabelModelTensors.LabelBits(LabelCount);

    /// <inheritdoc/>
    public int InputDimension { get; }

    /// <inheritdoc/>
    public int LabelCount { get; }

    /// <inheritdoc/>
    public int Predict(ReadOnlySpan<sbyte> x) => _label;

    /// <inheritdoc/>
    public torch.Tensor LogProbabilities(torch.Tensor inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        int rows = (int)inputs.shape[0];
        float[] logits = new float[rows * LabelCount];
        for (int b = 0; b < rows; b++)
        {
            logits[(b * LabelCount) + _label] = 1.0f;
        }
        return LabelModelTensors.LogSoftmax(logits, rows, LabelCount, inputs.device);
    }
}
