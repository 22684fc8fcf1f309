using Memorization.Learners.Private;

namespace Memorization.Experiments.Privacy;

/// <summary>What the DP sweep trains: the privacy levels, δ, and the DP-SGD options of each model.</summary>
/// <param name="Seed">The root seed of initialisations, sampling, noise and attacks (the HCL data's root seed).</param>
/// <param name="Epsilons">The swept ε values, ascending.</param>
/// <param name="Delta">δ of every guarantee.</param>
/// <param name="Training">DP-SGD options of the logistic regression without the noise multiplier (σ is calibrated per ε).</param>
/// <param name="MlpHiddenWidth">H of the MLP, or null when only the logistic regression is swept.</param>
/// <param name="MlpTraining">DP-SGD options of the MLP (null with <paramref name="MlpHiddenWidth"/>).</param>
public sealed record PrivacySweepOptions(
    ulong Seed, IReadOnlyList<double> Epsilons, double Delta, DpSgdOptions Training, int? MlpHiddenWidth = null, DpSgdOptions? MlpTraining = null);
