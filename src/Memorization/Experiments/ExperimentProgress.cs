namespace Memorization.Experiments;

/// <summary>
/// How far a long experiment has got, for a person watching a run of many minutes: the fraction done and what is
/// happening now (e.g. <c>mlp: step 550/2000 (checkpoint 12/41), attacking 172 singletons</c>). Reporting it reads
/// step counters only: no tensor, random stream or computed number depends on whether anyone listens.
/// </summary>
/// <param name="Fraction">Done so far, in [0, 1].</param>
/// <param name="Stage">What the experiment is doing now, in a few words.</param>
public readonly record struct ExperimentProgress(double Fraction, string Stage);
