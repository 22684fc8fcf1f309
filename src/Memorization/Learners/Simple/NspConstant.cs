using TorchSharp;

namespace Memorization.Learners.Simple;

/// <summary>Predicts the same probability for every next bit. Holds no information about the data.</summary>
public sealed class NspConstant : INextBitModel, INspPredictor
{
    private readonly double _probability;

    /// <summary>Pr[z_t = 1] = <paramref name="probability"/> ∈ [0, 1] for every t.</summary>
    public NspConstant(int length, double probability)
    {
        if (double.IsNaN(probability) || probability < 0.0 || probability > 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The constant probability must lie in [0, 1].");
        }
        Length = length;
        _probability = probability;
    }

    /// <inheritdoc/>
    public string Name => "constant";

    /// <summary>64: one double.</summary>
    public long ParameterBits => 64;

    /// <inheritdoc/>
    public int Length { get; }

    /// <inheritdoc/>
    public void Probabilities(ReadOnlySpan<byte> z, Span<double> probabilities) => probabilities[..Length].Fill(_probability);

    /// <inheritdoc/>
    public torch.Tensor NextBitProbabilities(torch.Tensor strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return torch.full(new long[] { strings.shape[0], Length }, _probability, dtype: torch.float32, device: strings.device);
    }
}
