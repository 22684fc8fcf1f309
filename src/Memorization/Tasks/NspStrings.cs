using TorchSharp;

namespace Memorization.Tasks;

/// <summary>NSP strings stored compactly (bits row-major as <c>byte</c>) with each string's subpopulation J (docs/tasks.md#nsp).</summary>
public sealed class NspStrings
{
    private readonly byte[] _bits;
    private readonly int[] _subpopulations;

    /// <summary>Wraps strings (row-major [rows, d], bits 0/1) and their subpopulations.</summary>
    /// <exception cref="ArgumentException">Sizes disagree or an entry is not a bit.</exception>
    public NspStrings(int length, byte[] bits, int[] subpopulations)
    {
        ArgumentNullException.ThrowIfNull(bits);
        ArgumentNullException.ThrowIfNull(subpopulations);
        if (length < 1 || bits.Length != subpopulations.Length * length)
        {
            throw new ArgumentException($"bits must have rows·d = {subpopulations.Length}·{length} entries; got {bits.Length}.", nameof(bits));
        }
        if (bits.Any(b => b > 1))
        {
            throw new ArgumentException("NSP strings have entries 0 or 1 only.", nameof(bits));
        }
        Length = length;
        _bits = bits;
        _subpopulations = subpopulations;
    }

    /// <summary>The number of strings.</summary>
    public int Rows => _subpopulations.Length;

    /// <summary>d.</summary>
    public int Length { get; }

    /// <summary>Row-major [rows, d] bits.</summary>
    public IReadOnlyList<byte> Bits => _bits;

    /// <summary>Each string's subpopulation J (the learner of docs/tasks.md#nsp does not see it; the Bayes yardstick does, docs/bayes-optimal.md#nsp-predictor).</summary>
    public IReadOnlyList<int> Subpopulations => _subpopulations;

    /// <summary>String <paramref name="index"/> as a span.</summary>
    public ReadOnlySpan<byte> Row(int index) => _bits.AsSpan(index * Length, Length);

    /// <summary>The strings as a float32 [rows, d] tensor of {0, 1} on <paramref name="device"/>.</summary>
    public torch.Tensor ToTensor(torch.Device device) =>
        TensorConversion.Float32(_bits.Select(b => (float)b).ToArray(), Rows, Length, device);

    /// <summary>The subpopulations as an int64 [rows] tensor on <paramref name="device"/>.</summary>
    public torch.Tensor SubpopulationsTensor(torch.Device device) => TensorConversion.Int64(_subpopulations, device);

    internal static NspStrings Sample(NspInstance instance, int rows, Func<Random, int> subpopulation, Random assign, Random noise)
    {
        int d = instance.Length;
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            labels[i] = subpopulation(assign);
        }
        byte[] bits = new byte[rows * d];
        for (int i = 0; i < rows; i++)
        {
            instance.SampleExample(labels[i], noise, bits.AsSpan(i * d, d));
        }
        return new NspStrings(d, bits, labels);
    }
}
