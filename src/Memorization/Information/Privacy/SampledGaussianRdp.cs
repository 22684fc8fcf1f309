using MathNet.Numerics;

namespace Memorization.Information.Privacy;

/// <summary>
/// Rényi DP of the Poisson-subsampled Gaussian mechanism (each example enters the batch independently with
/// probability q; the clipped sum gets N(0, σ²C²)) at integer orders α ≥ 2 (Mironov, Talwar &amp; Zhang 2019,
/// "Rényi Differential Privacy of the Sampled Gaussian Mechanism", §3.3, the integer-α binomial expansion):
/// <code>
/// A_α = Σ_{k=0}^{α} C(α, k) · (1 − q)^{α−k} · q^k · exp((k² − k) / (2σ²)),    ε_RDP(α) = ln(A_α) / (α − 1)
/// </code>
/// Computed in log space (log-sum-exp over the α + 1 terms), so large α/σ² does not overflow. With q = 1 only the
/// k = α term remains and ε_RDP(α) = α/(2σ²), the unsampled Gaussian mechanism (<see cref="GaussianRdp"/>).
/// </summary>
public static class SampledGaussianRdp
{
    /// <summary>ε_RDP(α) of one step of the sampled Gaussian mechanism.</summary>
    /// <param name="alpha">Integer Rényi order α ≥ 2.</param>
    /// <param name="q">Poisson sampling rate in (0, 1].</param>
    /// <param name="sigma">Noise multiplier σ &gt; 0.</param>
    public static double Epsilon(int alpha, double q, double sigma)
    {
        PrivacyArguments.Order(alpha);
        PrivacyArguments.SamplingRate(q);
        PrivacyArguments.NoiseMultiplier(sigma);
        if (q == 1.0)
        {
            // Exact closed form; the sum below would give the same value up to rounding.
            return alpha / (2.0 * sigma * sigma);
        }

        double logQ = Math.Log(q);
        double log1MinusQ = Math.Log(1.0 - q);
        double inverseTwoSigmaSquared = 1.0 / (2.0 * sigma * sigma);
        var terms = new double[alpha + 1];
        for (int k = 0; k <= alpha; k++)
        {
            terms[k] = SpecialFunctions.BinomialLn(alpha, k) + (alpha - k) * log1MinusQ + k * logQ + ((double)k * k - k) * inverseTwoSigmaSquared;
        }
        double logA = LogSumExp(terms);
        // A_α ≥ 1 (it is E[(p/q)^α] under a probability measure, ≥ 1 by Jensen); rounding may dip a hair below 0.
        return Math.Max(0.0, logA) / (alpha - 1);
    }

    private static double LogSumExp(double[] values)
    {
        double max = values.Max();
        double sum = 0.0;
        foreach (double v in values)
        {
            sum += Math.Exp(v - max);
        }
        return max + Math.Log(sum);
    }
}
