using TorchSharp;

namespace Memorization.Learners.Simple;

/// <summary>
/// A uniformly random prediction table over the whole domain {±1}^d (d ≤ 20), drawn once from a seeded stream and
/// independent of the data: index(x) = Σ_k [x_k = +1]·2^k. A competitor in the Bayes-optimality property.
/// </summary>
public sealed class HclRandomTable : ILabelModel, IHclClassifier
{
    /// <summary>The largest d supported (2^20 entries).</summary>
    public const int MaxDimension = 20;

    private readonly int[] _table;

    /// <summary>Draws the table from <paramref name="random"/>.</summary>
    public HclRandomTable(int inputDimension, int labelCount, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (inputDimension < 1 || inputDimension > MaxDimension)
        {
            throw new ArgumentOutOfRangeException(nameof(inputDimension), inputDimension, $"A full prediction table needs 1 ≤ d ≤ {MaxDimension}.");
        }
        InputDimension = inputDimension;
        LabelCount = labelCount;
        _table = Enumerable.Range(0, 1 << inputDimension).Select(_ => random.Next(labelCount)).ToArray();
    }

    /// <inheritdoc/>
    public string Name => "random-table";

    /// <summary>2^d·⌈log₂ N⌉.</summary>
    public long ParameterBits => (long)_table.Length * LabelModelTensors.LabelBits(LabelCount);

    /// <inheritdoc/>
    public int InputDimension { get; }

    /// <inheritdoc/>
    public int LabelCount { get; }

    /// <inheritdoc/>
    public int Predict(ReadOnlySpan<sbyte> x)
    {
        int index = 0;
        for (int k = 0; k < InputDimension; k++)
        {
            index |= x[k] > 0 ? 1 << k : 0;
        }
        return _table[index];
    }

    /// <inheritdoc/>
    public torch.Tensor LogProbabilities(torch.Tensor inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        sbyte[] x = LabelModelTensors.SignsOnCpu(inputs, InputDimension, nameof(inputs));
        int rows = x.Length / InputDimension;
        float[] logits = new float[rows * LabelCount];
        for (int b = 0; b < rows; b++)
        {
            logits[(b * LabelCount) + Predict(x.AsSpan(b * InputDimension, InputDimension))] = 1.0f;
        }
        return LabelModelTensors.LogSoftmax(logits, rows, LabelCount, inputs.device);
    }
}
