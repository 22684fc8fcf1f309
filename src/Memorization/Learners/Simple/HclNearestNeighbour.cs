using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Learners.Simple;

/// <summary>
/// 1-nearest-neighbour HCL classifier: predicts the label j minimising δ_j(x) = min_{i: y_i = j} Hamming(x, x_i)
/// (ties to the lowest label). Log-probabilities are log-softmax(−δ_j(x)), with δ_j = d + 1 for labels without examples.
/// </summary>
public sealed class HclNearestNeighbour : ILabelModel, IHclClassifier
{
    private readonly HclExamples _training;

    /// <summary>Keeps the training set.</summary>
    public HclNearestNeighbour(HclExamples training, int labelCount)
    {
        ArgumentNullException.ThrowIfNull(training);
        _training = training;
        LabelCount = labelCount;
    }

    /// <inheritdoc/>
    public string Name => "nearest-neighbour";

    /// <summary>The bits of the training set: n·(d + ⌈log₂ N⌉).</summary>
    public long ParameterBits => (long)_training.Rows * (_training.Dimension + LabelModelTensors.LabelBits(LabelCount));

    /// <inheritdoc/>
    public int InputDimension => _training.Dimension;

    /// <inheritdoc/>
    public int LabelCount { get; }

    /// <inheritdoc/>
    public int Predict(ReadOnlySpan<sbyte> x)
    {
        Span<int> distance = LabelCount <= 256 ? stackalloc int[LabelCount] : new int[LabelCount];
        Distances(x, distance);
        int best = 0;
        for (int j = 1; j < LabelCount; j++)
        {
            if (distance[j] < distance[best])
            {
                best = j;
            }
        }
        return best;
    }

    /// <inheritdoc/>
    public torch.Tensor LogProbabilities(torch.Tensor inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        sbyte[] x = LabelModelTensors.SignsOnCpu(inputs, InputDimension, nameof(inputs));
        int rows = x.Length / InputDimension;
        float[] logits = new float[rows * LabelCount];
        int[] distance = new int[LabelCount];
        for (int b = 0; b < rows; b++)
        {
            Distances(x.AsSpan(b * InputDimension, InputDimension), distance);
            for (int j = 0; j < LabelCount; j++)
            {
                logits[(b * LabelCount) + j] = -distance[j];
            }
        }
        return LabelModelTensors.LogSoftmax(logits, rows, LabelCount, inputs.device);
    }

    private void Distances(ReadOnlySpan<sbyte> x, Span<int> distance)
    {
        distance.Fill(InputDimension + 1);
        for (int i = 0; i < _training.Rows; i++)
        {
            ReadOnlySpan<sbyte> row = _training.Row(i);
            int h = 0;
            for (int k = 0; k < row.Length; k++)
            {
                h += row[k] != x[k] ? 1 : 0;
            }
            int j = _training.Labels[i];
            distance[j] = Math.Min(distance[j], h);
        }
    }
}
