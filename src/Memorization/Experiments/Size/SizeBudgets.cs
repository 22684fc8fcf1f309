namespace Memorization.Experiments.Size;

/// <summary>
/// The budgets of the SIZE sweep (a claim file gives them as space-separated lists, see <c>SizeBudgetsReader</c>):
/// <c>quantise_bits</c> (b bits per first-layer weight), <c>prune_keep</c> (kept fractions of the first-layer weights,
/// float32 values), <c>row_sign_keep</c> (kept fraction of every row, values quantised to 1 bit, bias to 8 bits;
/// 0.0025 keeps one weight per row at d = 400),
/// <c>factor_ranks</c> (truncated-SVD ranks of the trained first layer), <c>scratch_ranks</c> (ranks of logistic
/// regressions trained from scratch through a rank-r bottleneck) and <c>mlp_widths</c> (hidden widths H of narrow MLPs
/// trained with the published MLP recipe). An empty list leaves its family out.
/// </summary>
/// <param name="QuantiseBits">b ∈ [1, 32].</param>
/// <param name="PruneKeep">f ∈ (0, 1].</param>
/// <param name="RowSignKeep">f ∈ (0, 1].</param>
/// <param name="FactorRanks">r ∈ [1, min(N, d)].</param>
/// <param name="ScratchRanks">r ≥ 1.</param>
/// <param name="MlpWidths">H ≥ 1.</param>
public sealed record SizeBudgets(
    IReadOnlyList<int> QuantiseBits,
    IReadOnlyList<double> PruneKeep,
    IReadOnlyList<double> RowSignKeep,
    IReadOnlyList<int> FactorRanks,
    IReadOnlyList<int> ScratchRanks,
    IReadOnlyList<int> MlpWidths);
