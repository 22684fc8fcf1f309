namespace Memorization.Experiments.Multilabel;

/// <summary>A predictor's per-query bit errors (fraction of the k bits wrong) on the three query sets, in query order.</summary>
/// <param name="Fresh">Fresh i.i.d. queries.</param>
/// <param name="Represented">Queries of subpopulations with ≥ 1 training example.</param>
/// <param name="Singletons">Queries of subpopulations with exactly one training example.</param>
public sealed record MultilabelBitErrors(double[] Fresh, double[] Represented, double[] Singletons);
