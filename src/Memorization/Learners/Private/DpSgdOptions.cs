using Memorization.Configuration;
using Memorization.Information.Privacy;

namespace Memorization.Learners.Private;

/// <summary>
/// Hyperparameters of DP-SGD (Abadi et al. 2016, "Deep Learning with Differential Privacy"): each step draws a Poisson
/// batch (each example independently with probability q), clips every per-example gradient to ℓ₂ norm C, adds
/// N(0, σ²C²) to each coordinate of the clipped sum, divides by the expected batch size q·n, and takes an SGD step with
/// momentum μ (Nesterov when μ &gt; 0). Momentum and the learning rate act on already-privatised gradients: post-processing,
/// free in the privacy budget. The privacy cost is that of <see cref="Steps"/> sampled Gaussian mechanisms with rate q and
/// noise multiplier σ (<see cref="Guarantee"/>).
/// </summary>
/// <param name="ClipNorm">C &gt; 0, the per-example gradient norm bound.</param>
/// <param name="NoiseMultiplier">σ ≥ 0 (noise standard deviation / C); 0 = clipped but not private (ε = ∞).</param>
/// <param name="SamplingRate">q ∈ (0, 1]; 1 = full batch.</param>
/// <param name="Steps">Number of noisy updates T ≥ 1.</param>
/// <param name="LearningRate">η &gt; 0.</param>
/// <param name="Momentum">μ ∈ [0, 1): 0 = plain SGD, otherwise Nesterov momentum with dampening 0 (PyTorch's SGD).</param>
/// <remarks>
/// The HCL claim DP uses full batches (q = 1): on n = 200 examples Poisson subsampling gives little amplification
/// at the ε of interest while it multiplies the number of steps, and at q = 1 the accounting is the exact composition of
/// Gaussian mechanisms. C = 1 with η = 1 and μ = 0.9 trains the non-private clipped model (σ = 0) to zero training
/// error within the step budget (claims/DP.yaml records the choice and its measurement).
/// </remarks>
public sealed record DpSgdOptions(double ClipNorm, double NoiseMultiplier, double SamplingRate, int Steps, double LearningRate, double Momentum)
{
    /// <summary>Throws when a value cannot train: the message names the parameter and the fix.</summary>
    /// <exception cref="InvalidParameterException">A hyperparameter is out of range.</exception>
    public void Validate()
    {
        if (!(ClipNorm > 0.0) || double.IsInfinity(ClipNorm))
        {
            throw new InvalidParameterException(nameof(ClipNorm), $"DP-SGD {nameof(ClipNorm)} = {ClipNorm} must be a finite number > 0 (the per-example gradient norm bound C, e.g. 1).");
        }
        if (!(NoiseMultiplier >= 0.0) || double.IsInfinity(NoiseMultiplier))
        {
            throw new InvalidParameterException(nameof(NoiseMultiplier), $"DP-SGD {nameof(NoiseMultiplier)} = {NoiseMultiplier} must be a finite number ≥ 0 (σ; calibrate it with NoiseCalibrator.Calibrate, or 0 for no noise).");
        }
        if (!(SamplingRate > 0.0 && SamplingRate <= 1.0))
        {
            throw new InvalidParameterException(nameof(SamplingRate), $"DP-SGD {nameof(SamplingRate)} = {SamplingRate} must be in (0, 1] (expected batch size / n; 1 = full batch).");
        }
        if (Steps < 1)
        {
            throw new InvalidParameterException(nameof(Steps), $"DP-SGD {nameof(Steps)} = {Steps} must be ≥ 1.");
        }
        if (!(LearningRate > 0.0) || double.IsInfinity(LearningRate))
        {
            throw new InvalidParameterException(nameof(LearningRate), $"DP-SGD {nameof(LearningRate)} = {LearningRate} must be a finite number > 0.");
        }
        if (!(Momentum >= 0.0 && Momentum < 1.0))
        {
            throw new InvalidParameterException(nameof(Momentum), $"DP-SGD {nameof(Momentum)} = {Momentum} must be in [0, 1) (0 = plain SGD, otherwise Nesterov momentum).");
        }
    }

    /// <summary>The (ε, δ) guarantee of training with these options (ε = ∞ when σ = 0).</summary>
    public PrivacyGuarantee Guarantee(double delta) =>
        NoiseMultiplier == 0.0
            ? new PrivacyGuarantee(double.PositiveInfinity, delta, 0)
            : RdpAccountant.Guarantee(SamplingRate, NoiseMultiplier, Steps, delta);
}
