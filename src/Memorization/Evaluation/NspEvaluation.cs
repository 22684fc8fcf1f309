namespace Memorization.Evaluation;

/// <summary>
/// A next-bit model on a query set: its error (predicted bit = 1 iff Pr[z_T = 1] &gt; ½, ties 0) with a Clopper–Pearson
/// interval, and its mean log-loss −log₂ Pr[z_T] in bits (probabilities clamped to [1e−12, 1 − 1e−12]) with a normal
/// interval.
/// </summary>
public sealed record NspEvaluation(ErrorEstimate Error, double LogLoss, double LogLossLower, double LogLossUpper);
