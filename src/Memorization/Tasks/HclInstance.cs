using Memorization.Randomness;
using TorchSharp;

namespace Memorization.Tasks;

/// <summary>
/// An instance P of hypercube cluster labeling (docs/tasks.md#hcl): for each subpopulation j, a mask of fixed
/// coordinates (each fixed independently with probability ρ, the same distribution as Binomial(d, ρ) then a
/// uniform subset) and a uniform ±1 value for each fixed coordinate.
/// </summary>
public sealed class HclInstance
{
    private readonly bool[] _fixed;
    private readonly sbyte[] _values;

    private HclInstance(HclParameters parameters, bool[] fixedMask, sbyte[] values)
    {
        Parameters = parameters;
        _fixed = fixedMask;
        _values = values;
    }

    /// <summary>The parameters the instance was drawn with.</summary>
    public HclParameters Parameters { get; }

    /// <summary>d.</summary>
    public int Dimension => Parameters.Dimension;

    /// <summary>N.</summary>
    public int Subpopulations => Parameters.Subpopulations;

    /// <summary>Row-major [N, d]: true where coordinate k of subpopulation j is fixed.</summary>
    public IReadOnlyList<bool> FixedMask => _fixed;

    /// <summary>Row-major [N, d]: the fixed value ±1, and 0 where the coordinate is not fixed.</summary>
    public IReadOnlyList<sbyte> FixedValues => _values;

    /// <summary>Draws P from stream <c>"instance"</c> of <paramref name="rootSeed"/>.</summary>
    public static HclInstance Generate(HclParameters parameters, ulong rootSeed) =>
        Generate(parameters, SeedDerivation.Stream(rootSeed, SeedStreams.Instance));

    /// <summary>Draws P from <paramref name="random"/>: per (j, k), fixed with probability ρ, then a uniform sign.</summary>
    public static HclInstance Generate(HclParameters parameters, Random random)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(random);
        int size = parameters.Subpopulations * parameters.Dimension;
        bool[] mask = new bool[size];
        sbyte[] values = new sbyte[size];
        for (int i = 0; i < size; i++)
        {
            mask[i] = random.NextDouble() < parameters.Rho;
            // The sign is drawn whether or not the coordinate is fixed, so ρ never shifts the signs.
            sbyte sign = random.Next(2) == 0 ? (sbyte)-1 : (sbyte)1;
            values[i] = mask[i] ? sign : (sbyte)0;
        }
        return new HclInstance(parameters, mask, values);
    }

    /// <summary>Builds an instance from explicit masks and values (row-major [N, d]; values ±1 where fixed, ignored elsewhere).</summary>
    public static HclInstance FromMasks(HclParameters parameters, bool[] fixedMask, sbyte[] values)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        int size = parameters.Subpopulations * parameters.Dimension;
        if (fixedMask.Length != size || values.Length != size)
        {
            throw new ArgumentException($"fixedMask and values must have N·d = {size} entries.", nameof(fixedMask));
        }
        sbyte[] copy = new sbyte[size];
        for (int i = 0; i < size; i++)
        {
            if (fixedMask[i] && values[i] != 1 && values[i] != -1)
            {
                throw new ArgumentException($"values[{i}] = {values[i]} at a fixed coordinate; fixed values must be ±1.", nameof(values));
            }
            copy[i] = fixedMask[i] ? values[i] : (sbyte)0;
        }
        return new HclInstance(parameters, (bool[])fixedMask.Clone(), copy);
    }

    /// <summary>Whether coordinate k of subpopulation j is fixed.</summary>
    public bool IsFixed(int subpopulation, int coordinate) => _fixed[(subpopulation * Dimension) + coordinate];

    /// <summary>The number of fixed coordinates of subpopulation j.</summary>
    public int FixedCount(int subpopulation)
    {
        int count = 0;
        for (int k = 0; k < Dimension; k++)
        {
            count += IsFixed(subpopulation, k) ? 1 : 0;
        }
        return count;
    }

    /// <summary>
    /// Writes an example of subpopulation j into <paramref name="destination"/>: d uniform signs (from ⌈d/8⌉ uniform bytes,
    /// bit k of the stream gives coordinate k), then the fixed coordinates overwritten.
    /// </summary>
    public void SampleExample(int subpopulation, Random random, Span<sbyte> destination)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (destination.Length != Dimension)
        {
            throw new ArgumentException($"The destination must have d = {Dimension} entries.", nameof(destination));
        }
        byte[] bits = new byte[(Dimension + 7) / 8];
        random.NextBytes(bits);
        int offset = subpopulation * Dimension;
        for (int k = 0; k < Dimension; k++)
        {
            sbyte uniform = ((bits[k >> 3] >> (k & 7)) & 1) == 1 ? (sbyte)1 : (sbyte)-1;
            destination[k] = _fixed[offset + k] ? _values[offset + k] : uniform;
        }
    }

    /// <summary>The masks as a bool [N, d] tensor on <paramref name="device"/>.</summary>
    public torch.Tensor FixedMaskTensor(torch.Device device)
    {
        using torch.Tensor cpu = torch.tensor(_fixed, new long[] { Subpopulations, Dimension });
        return cpu.to(device);
    }

    /// <summary>The fixed values as a float32 [N, d] tensor (±1 where fixed, 0 elsewhere) on <paramref name="device"/>.</summary>
    public torch.Tensor FixedValuesTensor(torch.Device device) =>
        TensorConversion.Float32(_values.Select(v => (float)v).ToArray(), Subpopulations, Dimension, device);
}
