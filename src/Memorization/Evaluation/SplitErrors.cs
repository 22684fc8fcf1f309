using Memorization.Tasks;

namespace Memorization.Evaluation;

/// <summary>Bayes-optimal and forgetful errors on one query split; null when the split is empty (no singleton subpopulation).</summary>
public sealed record SplitErrors(QuerySplit Split, ErrorEstimate? Bayes, ErrorEstimate? Forgetful, double? BayesLogLoss = null, double? ForgetfulLogLoss = null);
