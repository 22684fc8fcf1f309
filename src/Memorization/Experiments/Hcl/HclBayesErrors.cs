namespace Memorization.Experiments.Hcl;

/// <summary>The Bayes-optimal learner's mistakes (PAPER.md §3) on the experiment's training set and three test sets: the yardstick of excess error.</summary>
public sealed record HclBayesErrors(bool[] Train, bool[] Fresh, bool[] Represented, bool[] Singletons);
