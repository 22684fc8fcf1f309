using Memorization.Information.Privacy;

namespace Memorization.Tests.Information.Privacy;

public class RdpAccountantTests
{
    [Fact]
    public void ConversionFollowsItsFormula()
    {
        // α = 10, ε_RDP = 1, δ = 10⁻⁵: 1 + ln(0.9) − (ln 10⁻⁵ + ln 10)/9.
        double expected = 1.0 + Math.Log(0.9) - (Math.Log(1e-5) + Math.Log(10.0)) / 9.0;
        Assert.Equal(expected, RdpAccountant.Convert(1.0, 10, 1e-5), 14);
        PrivacyGuarantee g = new RdpAccountant([10]).Compose(1.0, Math.Sqrt(5.0), 1).ToEpsilonDelta(1e-5);
        Assert.Equal(expected, g.Epsilon, 12);
        Assert.Equal(10, g.Order);
    }

    [Fact]
    public void SampledGaussianMatchesTheBinomialSumAtASmallOrder()
    {
        // α = 2: A₂ = (1−q)² + 2q(1−q) + q² e^{1/σ²} = 1 + q²(e^{1/σ²} − 1), ε = ln A₂.
        double q = 0.01, sigma = 1.1;
        Assert.Equal(Math.Log(1 + q * q * (Math.Exp(1 / (sigma * sigma)) - 1)), SampledGaussianRdp.Epsilon(2, q, sigma), 13);
        // α = 3: A₃ = (1−q)³ + 3q(1−q)² + 3q²(1−q)e^{1/σ²} + q³e^{3/σ²}, ε = ln A₃ / 2.
        double s2 = sigma * sigma;
        double a3 = Math.Pow(1 - q, 3) + 3 * q * Math.Pow(1 - q, 2) + 3 * q * q * (1 - q) * Math.Exp(1 / s2) + q * q * q * Math.Exp(3 / s2);
        Assert.Equal(Math.Log(a3) / 2, SampledGaussianRdp.Epsilon(3, q, sigma), 13);
    }

    [Fact]
    public void LargeOrdersWithLittleNoiseStayFinite()
    {
        double epsilon = SampledGaussianRdp.Epsilon(256, 0.5, 0.05);
        Assert.True(double.IsFinite(epsilon) && epsilon > 0);
    }

    [Fact]
    public void CalibratedFullBatchSigmaIsWithinTheExactGaussianRange()
    {
        // One Gaussian step at ε = 1, δ = 10⁻⁵: the exact (analytic) mechanism needs σ ≈ 3.73 (Balle & Wang 2018); the
        // classical bound gives 4.84. The RDP accountant lies in between.
        double sigma = NoiseCalibrator.Calibrate(1.0, 1e-5, 1, 1.0);
        Assert.InRange(sigma, 3.7, 4.84);
        Assert.True(RdpAccountantProperties.ExactGaussianDelta(1.0, sigma) <= 1e-5);
    }

    [Fact]
    public void BadInputIsRefusedWithTheParameterNamed()
    {
        Assert.Equal("sigma", Assert.Throws<ArgumentOutOfRangeException>(() => GaussianRdp.Epsilon(2, 0.0)).ParamName);
        Assert.Equal("sigma", Assert.Throws<ArgumentOutOfRangeException>(() => SampledGaussianRdp.Epsilon(2, 0.5, -1.0)).ParamName);
        Assert.Equal("q", Assert.Throws<ArgumentOutOfRangeException>(() => SampledGaussianRdp.Epsilon(2, 0.0, 1.0)).ParamName);
        Assert.Equal("q", Assert.Throws<ArgumentOutOfRangeException>(() => SampledGaussianRdp.Epsilon(2, 1.5, 1.0)).ParamName);
        Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => SampledGaussianRdp.Epsilon(1, 0.5, 1.0)).ParamName);
        Assert.Equal("delta", Assert.Throws<ArgumentOutOfRangeException>(() => new RdpAccountant().ToEpsilonDelta(0.0)).ParamName);
        Assert.Equal("delta", Assert.Throws<ArgumentOutOfRangeException>(() => new RdpAccountant().ToEpsilonDelta(1.0)).ParamName);
        Assert.Equal("epsilon", Assert.Throws<ArgumentOutOfRangeException>(() => NoiseCalibrator.Calibrate(0.0, 1e-5, 10, 1.0)).ParamName);
        Assert.Equal("steps", Assert.Throws<ArgumentOutOfRangeException>(() => new RdpAccountant().Compose(1.0, 1.0, 0)).ParamName);
        Assert.Contains("1/n²", Assert.Throws<ArgumentOutOfRangeException>(() => NoiseCalibrator.Calibrate(1.0, 2.0, 10, 1.0)).Message);
        Assert.Throws<ArgumentException>(() => new RdpAccountant([]));
        Assert.Throws<ArgumentException>(() => new RdpAccountant([3, 3]));
    }
}
