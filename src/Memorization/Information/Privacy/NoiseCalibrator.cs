namespace Memorization.Information.Privacy;

/// <summary>
/// The smallest noise multiplier σ (up to a relative tolerance) for which T steps of the
/// Poisson-subsampled Gaussian mechanism are (ε, δ)-DP by <see cref="RdpAccountant"/>: ε(σ) is non-increasing in σ
/// (each ε_RDP(α) is, and so is their minimum after conversion), so bisection on ln σ finds the boundary.
/// </summary>
public static class NoiseCalibrator
{
    /// <summary>The relative width of the final bisection bracket [σ_lo, σ_hi].</summary>
    public const double RelativeTolerance = 1e-9;

    private const double SmallestSigma = 1e-4;
    private const double LargestSigma = 1e6;

    /// <summary>σ such that the guarantee after the steps is ε(σ) ≤ <paramref name="targetEpsilon"/>, with σ within a relative 10⁻⁹ of the smallest such σ.</summary>
    /// <param name="targetEpsilon">ε &gt; 0.</param>
    /// <param name="delta">δ ∈ (0, 1), e.g. 1/n².</param>
    /// <param name="steps">Number of steps ≥ 1.</param>
    /// <param name="q">Poisson sampling rate in (0, 1].</param>
    /// <param name="orders">The accountant's orders (default 2…256).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range, or the target needs σ outside [10⁻⁴, 10⁶].</exception>
    public static double Calibrate(double targetEpsilon, double delta, long steps, double q, IReadOnlyList<int>? orders = null)
    {
        PrivacyArguments.Epsilon(targetEpsilon);
        PrivacyArguments.Delta(delta);
        PrivacyArguments.Steps(steps);
        PrivacyArguments.SamplingRate(q);
        double Epsilon(double sigma) => RdpAccountant.Guarantee(q, sigma, steps, delta, orders).Epsilon;

        double high = 1.0;
        while (Epsilon(high) > targetEpsilon)
        {
            high *= 2.0;
            if (high > LargestSigma)
            {
                throw new ArgumentOutOfRangeException(nameof(targetEpsilon), targetEpsilon,
                    $"ε = {targetEpsilon} at δ = {delta} over {steps} steps (q = {q}) needs σ > {LargestSigma}: raise ε or δ, or take fewer steps.");
            }
        }
        double low = high / 2.0;
        while (Epsilon(low) <= targetEpsilon)
        {
            high = low;
            low /= 2.0;
            if (low < SmallestSigma)
            {
                throw new ArgumentOutOfRangeException(nameof(targetEpsilon), targetEpsilon,
                    $"ε = {targetEpsilon} at δ = {delta} over {steps} steps (q = {q}) is met with σ < {SmallestSigma}: the accountant cannot resolve so little noise; lower ε.");
            }
        }
        // Invariant: ε(low) > target ≥ ε(high).
        while (high - low > RelativeTolerance * high)
        {
            double middle = Math.Sqrt(low * high);
            if (Epsilon(middle) <= targetEpsilon)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }
        return high;
    }
}
