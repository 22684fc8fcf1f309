using TorchSharp;

namespace Memorization.Learners.Simple;

/// <summary>
/// A uniformly random next-bit table over every prefix (d ≤ 20), drawn once from a seeded stream, independent of the
/// data: the prefix z_&lt;t has index (2^t − 1) + Σ_{s&lt;t} z_s·2^s; its predicted bit b has probability
/// <c>confidence</c> (and 1 − confidence for the other bit).
/// </summary>
public sealed class NspRandomTable : INextBitModel, INspPredictor
{
    /// <summary>The largest d supported.</summary>
    public const int MaxLength = 20;

    private readonly byte[] _table;
    private readonly double _confidence;

    /// <summary>Draws the table from <paramref name="random"/>.</summary>
    public NspRandomTable(int length, Random random, double confidence = 0.75)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (length < 1 || length > MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"A full prefix table needs 1 ≤ d ≤ {MaxLength}.");
        }
        if (!(confidence > 0.5 && confidence <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence must lie in (½, 1].");
        }
        Length = length;
        _confidence = confidence;
        _table = Enumerable.Range(0, (1 << length) - 1).Select(_ => (byte)random.Next(2)).ToArray();
    }

    /// <inheritdoc/>
    public string Name => "random-table";

    /// <summary>2^d − 1 bits.</summary>
    public long ParameterBits => _table.Length;

    /// <inheritdoc/>
    public int Length { get; }

    /// <summary>The index of prefix z_&lt;t: (2^t − 1) + Σ_{s&lt;t} z_s·2^s.</summary>
    public static int PrefixIndex(ReadOnlySpan<byte> z, int t)
    {
        int value = 0;
        for (int s = 0; s < t; s++)
        {
            value |= z[s] << s;
        }
        return (1 << t) - 1 + value;
    }

    /// <inheritdoc/>
    public void Probabilities(ReadOnlySpan<byte> z, Span<double> probabilities)
    {
        for (int t = 0; t < Length; t++)
        {
            probabilities[t] = _table[PrefixIndex(z, t)] == 1 ? _confidence : 1.0 - _confidence;
        }
    }

    /// <inheritdoc/>
    public torch.Tensor NextBitProbabilities(torch.Tensor strings) => LabelModelTensors.NextBitProbabilities(this, strings, Length);
}
