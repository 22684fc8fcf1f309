using TorchSharp;

namespace Memorization.Tasks;

/// <summary>
/// NSP queries (docs/tasks.md#nsp): a string z from P, a position T uniform in 0..d−1 (0-based), and the target z_T;
/// the model sees z_0..z_{T−1}. <see cref="Strings"/> holds the whole z (a model's column T ignores bits ≥ T).
/// </summary>
public sealed class NspQueries
{
    private readonly int[] _positions;

    /// <summary>Wraps strings and one position per string.</summary>
    public NspQueries(NspStrings strings, int[] positions)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(positions);
        if (positions.Length != strings.Rows || positions.Any(t => t < 0 || t >= strings.Length))
        {
            throw new ArgumentException($"positions must have one entry per string, each in [0, {strings.Length}).", nameof(positions));
        }
        Strings = strings;
        _positions = positions;
    }

    /// <summary>The query strings z with their subpopulations.</summary>
    public NspStrings Strings { get; }

    /// <summary>The number of queries.</summary>
    public int Count => Strings.Rows;

    /// <summary>T of each query.</summary>
    public IReadOnlyList<int> Positions => _positions;

    /// <summary>The target bit z_T of query <paramref name="index"/>.</summary>
    public byte NextBit(int index) => Strings.Row(index)[_positions[index]];

    /// <summary>The positions as an int64 [rows] tensor.</summary>
    public torch.Tensor PositionsTensor(torch.Device device) => TensorConversion.Int64(_positions, device);

    /// <summary>The target bits as an int64 [rows] tensor.</summary>
    public torch.Tensor NextBitsTensor(torch.Device device) =>
        TensorConversion.Int64(Enumerable.Range(0, Count).Select(i => (int)NextBit(i)).ToArray(), device);
}
