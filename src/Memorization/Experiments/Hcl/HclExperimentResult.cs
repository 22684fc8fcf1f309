namespace Memorization.Experiments.Hcl;

/// <summary>The published experiment's outcome (docs/experiments.md#published-hcl-experiment): one record per trained model and the guessing reference.</summary>
/// <param name="LogisticRegression">The logistic regression's run, or null when skipped.</param>
/// <param name="Mlp">The MLP's run, or null when skipped.</param>
/// <param name="GuessingReference">(1 + ρ)/2, the all-bit recovery of a guesser who knows P but not the data.</param>
/// <param name="SingletonCount">The number of attacked targets.</param>
/// <param name="Device">Where it ran.</param>
public sealed record HclExperimentResult(HclModelRun? LogisticRegression, HclModelRun? Mlp, double GuessingReference, int SingletonCount, string Device);
