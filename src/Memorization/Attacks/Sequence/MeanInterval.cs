using MathNet.Numerics.Distributions;

namespace Memorization.Attacks.Sequence;

/// <summary>
/// A two-sided confidence interval for the mean of per-example fractions in [0, 1] (PAPER.md §4: errors are
/// correlated within an example, so the examples, not the bits, are the i.i.d. samples), clipped to [0, 1].
/// </summary>
/// <param name="Mean">The sample mean.</param>
/// <param name="Lower">Lower end.</param>
/// <param name="Upper">Upper end.</param>
/// <param name="Count">m, the number of examples.</param>
/// <param name="Confidence">1 − α, e.g. 0.99.</param>
/// <param name="Method">How the ends were computed.</param>
public sealed record MeanInterval(double Mean, double Lower, double Upper, int Count, double Confidence, IntervalMethod Method)
{
    /// <summary>The interval of <paramref name="method"/> at level <paramref name="confidence"/> for <paramref name="values"/> (each in [0, 1]).</summary>
    /// <exception cref="ArgumentException">No values (the mean is undefined), a value outside [0, 1], or a level outside (0, 1).</exception>
    public static MeanInterval Of(IReadOnlyList<double> values, double confidence, IntervalMethod method)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("values is empty: there is no example to average. Attack at least one target that has bits of this kind.", nameof(values));
        }
        if (values.Any(v => !(v >= 0.0 && v <= 1.0)))
        {
            throw new ArgumentException("values must be fractions in [0, 1].", nameof(values));
        }
        if (!(confidence > 0.0 && confidence < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must lie in (0, 1), e.g. 0.99.");
        }

        int m = values.Count;
        double mean = values.Average();
        double alpha = 1.0 - confidence;
        double halfWidth;
        if (method == IntervalMethod.Hoeffding)
        {
            halfWidth = Math.Sqrt(Math.Log(2.0 / alpha) / (2.0 * m));
        }
        else if (m < 2)
        {
            halfWidth = double.PositiveInfinity;
        }
        else
        {
            double variance = values.Sum(v => (v - mean) * (v - mean)) / (m - 1);
            halfWidth = StudentT.InvCDF(0.0, 1.0, m - 1, 1.0 - alpha / 2.0) * Math.Sqrt(variance / m);
        }
        return new MeanInterval(mean, Math.Max(0.0, mean - halfWidth), Math.Min(1.0, mean + halfWidth), m, confidence, method);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Mean:F3} [{Lower:F3}, {Upper:F3}] ({Confidence:P0} {Method}, m = {Count})";
}
