using Memorization.Randomness;
using TorchSharp;

namespace Memorization.Tasks;

/// <summary>An instance P of next-symbol prediction (docs/tasks.md#nsp): uniform centres c_j ∈ {0,1}^d and the noise rate p.</summary>
public sealed class NspInstance
{
    private readonly byte[] _centres;

    private NspInstance(NspParameters parameters, byte[] centres)
    {
        Parameters = parameters;
        _centres = centres;
    }

    /// <summary>The parameters.</summary>
    public NspParameters Parameters { get; }

    /// <summary>d.</summary>
    public int Length => Parameters.Length;

    /// <summary>N.</summary>
    public int Subpopulations => Parameters.Subpopulations;

    /// <summary>p = δ/2.</summary>
    public double NoiseRate => Parameters.NoiseRate;

    /// <summary>Row-major [N, d] centre bits.</summary>
    public IReadOnlyList<byte> Centres => _centres;

    /// <summary>Draws P from stream <c>"instance"</c> of <paramref name="rootSeed"/>.</summary>
    public static NspInstance Generate(NspParameters parameters, ulong rootSeed) =>
        Generate(parameters, SeedDerivation.Stream(rootSeed, SeedStreams.Instance));

    /// <summary>Draws uniform centres from <paramref name="random"/>.</summary>
    public static NspInstance Generate(NspParameters parameters, Random random)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(random);
        byte[] centres = new byte[parameters.Subpopulations * parameters.Length];
        for (int i = 0; i < centres.Length; i++)
        {
            centres[i] = (byte)random.Next(2);
        }
        return new NspInstance(parameters, centres);
    }

    /// <summary>Builds an instance from explicit centres (row-major [N, d], bits).</summary>
    public static NspInstance FromCentres(NspParameters parameters, byte[] centres)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(centres);
        if (centres.Length != parameters.Subpopulations * parameters.Length || centres.Any(b => b > 1))
        {
            throw new ArgumentException($"centres must have N·d = {parameters.Subpopulations * parameters.Length} bits (0 or 1).", nameof(centres));
        }
        return new NspInstance(parameters, (byte[])centres.Clone());
    }

    /// <summary>Centre bit t of subpopulation j.</summary>
    public byte Centre(int subpopulation, int position) => _centres[(subpopulation * Length) + position];

    /// <summary>Writes x = c_j ⊕ e with e_t ~ Bernoulli(p) i.i.d. into <paramref name="destination"/>.</summary>
    public void SampleExample(int subpopulation, Random random, Span<byte> destination)
    {
        if (destination.Length != Length)
        {
            throw new ArgumentException($"The destination must have d = {Length} entries.", nameof(destination));
        }
        double p = NoiseRate;
        int offset = subpopulation * Length;
        for (int t = 0; t < Length; t++)
        {
            byte flip = random.NextDouble() < p ? (byte)1 : (byte)0;
            destination[t] = (byte)(_centres[offset + t] ^ flip);
        }
    }

    /// <summary>The centres as a float32 [N, d] tensor of {0, 1} on <paramref name="device"/>.</summary>
    public torch.Tensor CentresTensor(torch.Device device) =>
        TensorConversion.Float32(_centres.Select(b => (float)b).ToArray(), Subpopulations, Length, device);
}
