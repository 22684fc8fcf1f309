namespace Memorization.Experiments.Bayes;

/// <summary>
/// The Bayes-optimal predictor and its forgetful variant (singleton subpopulations treated as unseen) on the same
/// queries: the per-query mistakes of both on singleton-subpopulation and on represented queries.
/// </summary>
public sealed record ForgettingMistakes(bool[] BayesSingletons, bool[] ForgetfulSingletons, bool[] BayesRepresented, bool[] ForgetfulRepresented);
