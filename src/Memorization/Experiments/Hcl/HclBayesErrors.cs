namespace Memorization.Experiments.Hcl;

/// <summary>The Bayes-optimal learner's mistakes (docs/bayes-optimal.md#hcl-predictor) on the experiment's training set and three test sets: the yardstick of excess error.</summary>
public sealed record HclBayesErrors(bool[] Train, bool[] Fresh, bool[] Represented, bool[] Singletons);
