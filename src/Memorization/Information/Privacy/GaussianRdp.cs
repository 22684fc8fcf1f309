namespace Memorization.Information.Privacy;

/// <summary>
/// Rényi differential privacy of the Gaussian mechanism with ℓ₂-sensitivity 1 and noise N(0, σ²) (after clipping to
/// norm C and adding N(0, σ²C²), sensitivity and noise both scale by C): ε_RDP(α) = α / (2σ²) at every order α &gt; 1
/// (Mironov 2017, "Rényi Differential Privacy", Proposition 7). Exact: the Rényi divergence of two Gaussians.
/// </summary>
public static class GaussianRdp
{
    /// <summary>ε_RDP(α) = α / (2σ²).</summary>
    /// <param name="alpha">The Rényi order α &gt; 1.</param>
    /// <param name="sigma">The noise multiplier σ &gt; 0.</param>
    public static double Epsilon(double alpha, double sigma)
    {
        PrivacyArguments.NoiseMultiplier(sigma);
        if (!(alpha > 1.0) || double.IsInfinity(alpha))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "The Rényi order α must be a finite number > 1.");
        }
        return alpha / (2.0 * sigma * sigma);
    }
}
