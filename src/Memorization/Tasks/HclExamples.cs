using TorchSharp;

namespace Memorization.Tasks;

/// <summary>
/// Labeled HCL examples stored compactly: ±1 values row-major as <c>sbyte</c>, and each row's label (its
/// subpopulation J, docs/tasks.md#hcl). Used for the training set and the three test sets.
/// </summary>
public sealed class HclExamples
{
    private readonly sbyte[] _values;
    private readonly int[] _labels;

    /// <summary>Wraps examples (row-major [rows, d], entries ±1) and their labels.</summary>
    /// <exception cref="ArgumentException">Sizes disagree or an entry is not ±1.</exception>
    public HclExamples(int dimension, sbyte[] values, int[] labels)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(labels);
        if (dimension < 1 || values.Length != labels.Length * dimension)
        {
            throw new ArgumentException($"values must have rows·d = {labels.Length}·{dimension} entries; got {values.Length}.", nameof(values));
        }
        if (values.Any(v => v != 1 && v != -1))
        {
            throw new ArgumentException("HCL examples have entries ±1 only.", nameof(values));
        }
        Dimension = dimension;
        _values = values;
        _labels = labels;
    }

    /// <summary>The number of examples.</summary>
    public int Rows => _labels.Length;

    /// <summary>d.</summary>
    public int Dimension { get; }

    /// <summary>Row-major [rows, d] values ±1.</summary>
    public IReadOnlyList<sbyte> Values => _values;

    /// <summary>Each row's label = its subpopulation index J.</summary>
    public IReadOnlyList<int> Labels => _labels;

    /// <summary>Row <paramref name="index"/> as a span.</summary>
    public ReadOnlySpan<sbyte> Row(int index) => _values.AsSpan(index * Dimension, Dimension);

    /// <summary>The examples as a float32 [rows, d] tensor of ±1 on <paramref name="device"/>.</summary>
    public torch.Tensor ToTensor(torch.Device device) =>
        TensorConversion.Float32(_values.Select(v => (float)v).ToArray(), Rows, Dimension, device);

    /// <summary>The labels as an int64 [rows] tensor on <paramref name="device"/>.</summary>
    public torch.Tensor LabelsTensor(torch.Device device) => TensorConversion.Int64(_labels, device);

    /// <summary>Draws <paramref name="rows"/> examples: subpopulations from <paramref name="assign"/> on one stream, examples on another.</summary>
    internal static HclExamples Sample(HclInstance instance, int rows, Func<Random, int> subpopulation, Random assign, Random examples)
    {
        int d = instance.Dimension;
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            labels[i] = subpopulation(assign);
        }
        sbyte[] values = new sbyte[rows * d];
        for (int i = 0; i < rows; i++)
        {
            instance.SampleExample(labels[i], examples, values.AsSpan(i * d, d));
        }
        return new HclExamples(d, values, labels);
    }
}
