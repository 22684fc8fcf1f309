using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Learners.Simple;

/// <summary>
/// Nearest-prefix next-bit predictor: for position t, among the training strings nearest to z_&lt;t in Hamming
/// distance over positions &lt; t, the fraction whose bit t is 1 (so the predicted bit is their majority; an even
/// split gives ½). Does not use the subpopulations.
/// </summary>
public sealed class NspNearestNeighbour : INextBitModel, INspPredictor
{
    private readonly NspStrings _training;

    /// <summary>Keeps the training strings.</summary>
    public NspNearestNeighbour(NspStrings training)
    {
        ArgumentNullException.ThrowIfNull(training);
        _training = training;
    }

    /// <inheritdoc/>
    public string Name => "nearest-neighbour";

    /// <summary>n·d: the training strings.</summary>
    public long ParameterBits => (long)_training.Rows * _training.Length;

    /// <inheritdoc/>
    public int Length => _training.Length;

    /// <inheritdoc/>
    public void Probabilities(ReadOnlySpan<byte> z, Span<double> probabilities)
    {
        int rows = _training.Rows;
        Span<int> distance = rows <= 1024 ? stackalloc int[rows] : new int[rows];
        distance.Clear();
        for (int t = 0; t < Length; t++)
        {
            int min = int.MaxValue;
            for (int i = 0; i < rows; i++)
            {
                min = Math.Min(min, distance[i]);
            }
            int nearest = 0;
            int ones = 0;
            for (int i = 0; i < rows; i++)
            {
                if (distance[i] == min)
                {
                    nearest++;
                    ones += _training.Row(i)[t];
                }
            }
            probabilities[t] = (double)ones / nearest;
            for (int i = 0; i < rows; i++)
            {
                distance[i] += _training.Row(i)[t] != z[t] ? 1 : 0;
            }
        }
    }

    /// <inheritdoc/>
    public torch.Tensor NextBitProbabilities(torch.Tensor strings) => LabelModelTensors.NextBitProbabilities(this, strings, Length);
}
