using static TorchSharp.torch;

namespace Memorization.Experiments.Nsp;

/// <summary>
/// Queries of next-symbol prediction (docs/tasks.md#nsp): fresh strings z, a position T each (0-based), and the
/// training count m_j of each query's subpopulation; the model sees z_&lt;T and predicts z_T.
/// </summary>
/// <param name="Name">A name for the series, e.g. <c>fresh</c>.</param>
/// <param name="Strings">[q, d] float32 bits.</param>
/// <param name="Positions">[q] int64, each in 0..d−1.</param>
/// <param name="TrainingCounts">[q] int64: m_j of the query's subpopulation (0 unseen, 1 singleton, ≥ 2 repeated).</param>
/// <param name="Centres">Optional [q, d] float32: the centre of each query's subpopulation, for the centre-oracle
/// baseline (predict c_T; its error ≈ p, a lower bound on any learner's error that does not know the noise).</param>
public sealed record NspQuerySet(string Name, Tensor Strings, Tensor Positions, Tensor TrainingCounts, Tensor? Centres = null);
