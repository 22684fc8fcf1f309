using Memorization.Randomness;
using TorchSharp;

namespace Memorization.Tasks;

/// <summary>
/// The label vectors of multilabel hypercube cluster labeling (docs/tasks.md#multilabel-hcl): each subpopulation j carries
/// y_j ∈ {0,1}^k with k independent uniform bits; an example of j is labelled y_j instead of its index j.
/// </summary>
public sealed class HclLabelVectors
{
    /// <summary>The largest k accepted: far beyond what identifies N subpopulations (k ≈ 2·log₂ N already does), and it keeps [N, k] tables small.</summary>
    public const int MaxLabelBits = 4096;

    private readonly byte[] _bits;

    private HclLabelVectors(int subpopulations, int labelBits, byte[] bits)
    {
        Subpopulations = subpopulations;
        LabelBits = labelBits;
        _bits = bits;
    }

    /// <summary>N.</summary>
    public int Subpopulations { get; }

    /// <summary>k, the number of label bits.</summary>
    public int LabelBits { get; }

    /// <summary>Row-major [N, k] bits (0 or 1).</summary>
    public IReadOnlyList<byte> Bits => _bits;

    /// <summary>Bit b of y_j.</summary>
    public byte Bit(int subpopulation, int bit) => _bits[(subpopulation * LabelBits) + bit];

    /// <summary>Throws unless 1 ≤ k ≤ <see cref="MaxLabelBits"/>.</summary>
    /// <exception cref="InvalidParameterException">k is out of range (the message names the parameter and the fix).</exception>
    public static void CheckLabelBits(int labelBits)
    {
        if (labelBits < 1 || labelBits > MaxLabelBits)
        {
            throw new InvalidParameterException(
                nameof(labelBits), $"k (label bits per subpopulation) must lie in [1, {MaxLabelBits}]; got {labelBits}. Use e.g. 64.");
        }
    }

    /// <summary>Draws y_1..y_N from the stream <c>instance/label-vectors</c> of <paramref name="rootSeed"/> (its own stream: P and the data are the multiclass task's, unchanged).</summary>
    public static HclLabelVectors Generate(int subpopulations, int labelBits, ulong rootSeed) =>
        Generate(subpopulations, labelBits, SeedDerivation.Stream(rootSeed, SeedStreams.MultilabelLabelVectors));

    /// <summary>Draws y_1..y_N from <paramref name="random"/>: N·k independent fair bits, row by row.</summary>
    public static HclLabelVectors Generate(int subpopulations, int labelBits, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        TaskValidation.AtLeast(subpopulations, 1, nameof(subpopulations), "N");
        CheckLabelBits(labelBits);
        byte[] bits = new byte[subpopulations * labelBits];
        for (int i = 0; i < bits.Length; i++)
        {
            bits[i] = (byte)random.Next(2);
        }
        return new HclLabelVectors(subpopulations, labelBits, bits);
    }

    /// <summary>Wraps explicit vectors (row-major [N, k], entries 0 or 1), for tests.</summary>
    public static HclLabelVectors FromBits(int subpopulations, int labelBits, byte[] bits)
    {
        ArgumentNullException.ThrowIfNull(bits);
        CheckLabelBits(labelBits);
        if (bits.Length != subpopulations * labelBits || bits.Any(b => b > 1))
        {
            throw new ArgumentException($"bits must hold N·k = {subpopulations}·{labelBits} entries, each 0 or 1.", nameof(bits));
        }
        return new HclLabelVectors(subpopulations, labelBits, (byte[])bits.Clone());
    }

    /// <summary>y_j for every j as a float32 [N, k] tensor of 0/1 on <paramref name="device"/>.</summary>
    public torch.Tensor ToTensor(torch.Device device) =>
        TensorConversion.Float32(_bits.Select(b => (float)b).ToArray(), Subpopulations, LabelBits, device);

    /// <summary>The label vector of each row's subpopulation, y_{J_i}, as a float32 [rows, k] tensor on <paramref name="device"/>.</summary>
    public torch.Tensor ForRows(IReadOnlyList<int> subpopulationOfRow, torch.Device device)
    {
        ArgumentNullException.ThrowIfNull(subpopulationOfRow);
        float[] values = new float[subpopulationOfRow.Count * LabelBits];
        for (int i = 0; i < subpopulationOfRow.Count; i++)
        {
            for (int b = 0; b < LabelBits; b++)
            {
                values[(i * LabelBits) + b] = Bit(subpopulationOfRow[i], b);
            }
        }
        return TensorConversion.Float32(values, subpopulationOfRow.Count, LabelBits, device);
    }
}
