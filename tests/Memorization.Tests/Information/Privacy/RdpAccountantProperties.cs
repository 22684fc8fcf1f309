using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Memorization.Information.Privacy;

namespace Memorization.Tests.Information.Privacy;

/// <summary>
/// The accountant against closed forms: one Gaussian step is α/(2σ²) exactly, composition is additive in RDP, q = 1 is
/// the unsampled mechanism, subsampling never hurts, ε moves the right way in σ, steps and q, and the calibrated σ meets
/// its target. Deterministic (no sampling): tolerances are floating-point rounding.
/// </summary>
public class RdpAccountantProperties
{
    private static readonly Gen<double> Sigmas = Gen.Choose(5, 2000).Select(s => s / 100.0);           // σ ∈ [0.05, 20]
    private static readonly Gen<double> Rates = Gen.Choose(1, 1000).Select(q => q / 1000.0);          // q ∈ (0, 1]
    private static readonly Gen<int> Orders = Gen.Choose(2, 256);
    private static readonly Gen<double> Deltas = Gen.Choose(2, 10).Select(e => Math.Pow(10.0, -e));   // δ ∈ 10⁻¹⁰…10⁻²

    [Property(Replay = "(1729,3)", MaxTest = 200)]
    public Property OneGaussianStepIsAlphaOverTwoSigmaSquared() =>
        Prop.ForAll((from alpha in Orders from sigma in Sigmas select (alpha, sigma)).ToArbitrary(), c =>
        {
            (int alpha, double sigma) = c;
            double expected = alpha / (2.0 * sigma * sigma);
            Assert.Equal(expected, GaussianRdp.Epsilon(alpha, sigma), 12);
            Assert.Equal(expected, SampledGaussianRdp.Epsilon(alpha, 1.0, sigma), 12);
            int index = alpha - 2;
            Assert.Equal(expected, new RdpAccountant().Compose(1.0, sigma, 1).Rdp[index], 12);
        });

    [Property(Replay = "(1729,5)", MaxTest = 60)]
    public Property CompositionOfKStepsIsKTimesOneStep() =>
        Prop.ForAll((from q in Rates from sigma in Sigmas from k in Gen.Choose(1, 5000) select (q, sigma, k)).ToArbitrary(), c =>
        {
            (double q, double sigma, int k) = c;
            var one = new RdpAccountant().Compose(q, sigma, 1);
            var many = new RdpAccountant().Compose(q, sigma, k);
            var stepwise = one.Compose(q, sigma, k - 1 == 0 ? 1 : k - 1);
            for (int i = 0; i < one.Orders.Count; i++)
            {
                Assert.Equal(k * one.Rdp[i], many.Rdp[i], Tolerance(k * one.Rdp[i]));
                if (k > 1)
                {
                    Assert.Equal(many.Rdp[i], stepwise.Rdp[i], Tolerance(many.Rdp[i]));
                }
            }
        });

    [Property(Replay = "(1729,7)", MaxTest = 100)]
    public Property SubsamplingNeverHurtsAndRdpGrowsWithTheRate() =>
        Prop.ForAll((from alpha in Orders from q1 in Rates from q2 in Rates from sigma in Sigmas select (alpha, Math.Min(q1, q2), Math.Max(q1, q2), sigma)).ToArbitrary(), c =>
        {
            (int alpha, double low, double high, double sigma) = c;
            double unsampled = GaussianRdp.Epsilon(alpha, sigma);
            double atLow = SampledGaussianRdp.Epsilon(alpha, low, sigma);
            double atHigh = SampledGaussianRdp.Epsilon(alpha, high, sigma);
            Assert.True(atHigh <= unsampled * (1 + 1e-12) + 1e-15, $"q = {high}: {atHigh} > unsampled {unsampled}");
            Assert.True(atLow <= atHigh * (1 + 1e-12) + 1e-15, $"q {low} → {atLow} > q {high} → {atHigh}");
            Assert.True(atLow >= 0.0);
        });

    [Property(Replay = "(1729,9)", MaxTest = 40)]
    public Property EpsilonDecreasesInSigmaAndIncreasesInStepsAndRate() =>
        Prop.ForAll((from q in Rates from sigma in Sigmas from steps in Gen.Choose(1, 2000) from delta in Deltas select (q, sigma, steps, delta)).ToArbitrary(), c =>
        {
            (double q, double sigma, int steps, double delta) = c;
            double epsilon = RdpAccountant.Guarantee(q, sigma, steps, delta).Epsilon;
            Assert.True(RdpAccountant.Guarantee(q, sigma * 1.5, steps, delta).Epsilon <= epsilon + 1e-12);
            Assert.True(RdpAccountant.Guarantee(q, sigma, steps * 2, delta).Epsilon >= epsilon - 1e-12);
            Assert.True(RdpAccountant.Guarantee(Math.Min(1.0, q * 2), sigma, steps, delta).Epsilon >= epsilon - 1e-12);
            Assert.True(RdpAccountant.Guarantee(q, sigma, steps, delta * 10 < 1 ? delta * 10 : delta).Epsilon <= epsilon + 1e-12);
        });

    [Property(Replay = "(1729,11)", MaxTest = 8)]
    public Property TheCalibratedSigmaMeetsItsTarget() =>
        Prop.ForAll((from e in Gen.Choose(5, 6400) from q in Rates from steps in Gen.Choose(1, 1000) from delta in Deltas select (e / 100.0, q, steps, delta)).ToArbitrary(), c =>
        {
            (double target, double q, int steps, double delta) = c;
            double sigma = NoiseCalibrator.Calibrate(target, delta, steps, q);
            double achieved = RdpAccountant.Guarantee(q, sigma, steps, delta).Epsilon;
            Assert.True(achieved <= target, $"ε(σ = {sigma}) = {achieved} > target {target}");
            // The smallest such σ: 0.1 % less noise already breaks the target (the bracket is 10⁻⁹ wide).
            Assert.True(RdpAccountant.Guarantee(q, sigma * 0.999, steps, delta).Epsilon > target, $"σ = {sigma} is not the smallest for ε = {target}");
        });

    /// <summary>
    /// Soundness against the exact privacy profile of the Gaussian mechanism (Balle &amp; Wang 2018, "Improving the
    /// Gaussian Mechanism for Differential Privacy", Theorem 8): sensitivity 1, noise σ is (ε, δ)-DP exactly when
    /// δ ≥ Φ(1/(2σ) − εσ) − e^ε Φ(−1/(2σ) − εσ). k full-batch steps compose into one Gaussian mechanism with σ/√k (the
    /// sum of k independent noises). So at the calibrated σ the exact δ must not exceed the target δ; and the classical
    /// bound σ ≥ √(2 ln(1.25/δ))/ε (Dwork &amp; Roth 2014, Theorem A.1, for ε &lt; 1) is an upper sanity bound on one step's σ.
    /// </summary>
    [Property(Replay = "(1729,13)", MaxTest = 40)]
    public Property FullBatchCalibrationIsSoundAgainstTheExactGaussianProfile() =>
        Prop.ForAll((from e in Gen.Choose(5, 3200) from steps in Gen.Choose(1, 500) from delta in Deltas select (e / 100.0, steps, delta)).ToArbitrary(), c =>
        {
            (double epsilon, int steps, double delta) = c;
            double sigma = NoiseCalibrator.Calibrate(epsilon, delta, steps, 1.0);
            double effective = sigma / Math.Sqrt(steps);
            double exactDelta = ExactGaussianDelta(epsilon, effective);
            Assert.True(exactDelta <= delta * (1 + 1e-9), $"σ_eff = {effective}: exact δ(ε = {epsilon}) = {exactDelta} > {delta}");
            if (epsilon < 1.0)
            {
                double classical = Math.Sqrt(2.0 * Math.Log(1.25 / delta)) / epsilon;
                Assert.True(effective <= classical, $"ε = {epsilon}, δ = {delta}: RDP σ_eff {effective} > classical {classical}");
            }
        });

    internal static double ExactGaussianDelta(double epsilon, double sigma) =>
        MathNet.Numerics.Distributions.Normal.CDF(0, 1, 1.0 / (2 * sigma) - epsilon * sigma)
        - Math.Exp(epsilon) * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -1.0 / (2 * sigma) - epsilon * sigma);

    private static int Tolerance(double value) => value > 1e6 ? 0 : value > 1e3 ? 6 : 9;
}
