using static TorchSharp.torch;
using Memorization.Information;

namespace Memorization.Attacks;

/// <summary>
/// Recovery of reconstructed examples (docs/attacks.md#recovery): per example, acc_all = (1/d)·#{i : x̂_i = x_i} and
/// acc_irr = #{i unfixed : x̂_i = x_i} / #{i unfixed}; means with an interval over examples. The reference may be any
/// set of examples — the attacked training examples, or controls such as fresh examples of the same subpopulations.
/// </summary>
public sealed partial record RecoveryMeasurement
{
    /// <summary>
    /// The match rate of a guesser who knows P but not the data: fixed bits always, unfixed bits half the time,
    /// (1 + ρ)/2 in expectation (≈ 0.587 for the published ρ ≈ 0.1739).
    /// </summary>
    public static double GuessingReference(double rho)
    {
        if (!(rho >= 0.0 && rho <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(rho), rho, "ρ, the probability that a coordinate is fixed, must be in [0, 1].");
        }
        return (1.0 + rho) / 2.0;
    }

    /// <summary>Compares <paramref name="reconstructed"/> row by row with <paramref name="reference"/>.</summary>
    /// <param name="reconstructed">[m, d] ±1 reconstructions.</param>
    /// <param name="reference">[m, d] ±1 examples to compare with (same row order).</param>
    /// <param name="unfixedMask">[m, d] bool, true on the irrelevant (unfixed) coordinates of each row's subpopulation.</param>
    /// <param name="level">Confidence level of the intervals, e.g. 0.95.</param>
    /// <param name="method">Interval method (Student-t by default; Hoeffding for a conservative exact-level bound).</param>
    public static RecoveryMeasurement Measure(
        Tensor reconstructed, Tensor reference, Tensor unfixedMask, double level = 0.95, IntervalMethod method = IntervalMethod.StudentT)
    {
        ArgumentNullException.ThrowIfNull(reconstructed);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(unfixedMask);
        if (reconstructed.dim() != 2 || !reconstructed.shape.SequenceEqual(reference.shape) || !reconstructed.shape.SequenceEqual(unfixedMask.shape))
        {
            throw new ArgumentException(
                $"reconstructed, reference and unfixedMask must all be [m, d]; got [{string.Join(", ", reconstructed.shape)}], " +
                $"[{string.Join(", ", reference.shape)}] and [{string.Join(", ", unfixedMask.shape)}].", nameof(reference));
        }
        if (unfixedMask.dtype != ScalarType.Bool)
        {
            throw new ArgumentException($"unfixedMask must be bool, got {unfixedMask.dtype}.", nameof(unfixedMask));
        }
        if (reconstructed.shape[0] == 0)
        {
            throw new ArgumentException("There is nothing to measure: reconstructed has no rows.", nameof(reconstructed));
        }
        using var scope = NewDisposeScope();
        Tensor match = reconstructed.cpu().eq(reference.cpu());
        Tensor unfixed = unfixedMask.cpu();
        double[] all = match.to(ScalarType.Float64).mean([1]).data<double>().ToArray();
        double[] matchedUnfixed = match.logical_and(unfixed).to(ScalarType.Float64).sum(1).data<double>().ToArray();
        double[] unfixedCounts = unfixed.to(ScalarType.Float64).sum(1).data<double>().ToArray();
        var irrelevant = new List<double>(all.Length);
        for (int k = 0; k < all.Length; k++)
        {
            if (unfixedCounts[k] > 0)
            {
                irrelevant.Add(matchedUnfixed[k] / unfixedCounts[k]);
            }
        }
        return new RecoveryMeasurement(
            all,
            irrelevant,
            MeanInterval.Of(all, level, method),
            irrelevant.Count == 0 ? null : MeanInterval.Of(irrelevant, level, method),
            (long)unfixedCounts.Sum());
    }
}
