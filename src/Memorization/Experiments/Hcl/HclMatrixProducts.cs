using Memorization.Devices;

namespace Memorization.Experiments.Hcl;

/// <summary>
/// The matrix products of the published experiment's two expensive pieces, counted from their shapes
/// (docs/engineering.md#performance-targets): what <c>repro bench hcl</c> divides by a measured time to get GFLOP/s, and
/// the shapes whose sgemm rate it measures beside them (<see cref="MatrixProductPeak"/>). Element-wise work (sigmoid,
/// log-softmax, the optimizer's update, the incremental flip h − 2·xᵢ·W₁[:, i]) is O(n·H) or O(b·H) per product and is
/// not counted: the rates below are matrix-product rates, comparable with the sgemm peak.
/// </summary>
public static class HclMatrixProducts
{
    /// <summary>
    /// The five products of one full-batch MLP update (Linear(d→H) → sigmoid → Linear(H→N)) on n examples, as autograd
    /// runs them: forward X·W₁ᵀ [n×d·d×H] and σ(h)·W₂ᵀ [n×H·H×N]; backward dW₂ = gᵀ·σ(h) [N×n·n×H],
    /// dσ = g·W₂ [n×N·N×H] and dW₁ = δᵀ·X [H×n·n×d], with g = ∂L/∂logits and δ = ∂L/∂h. The input gradient dX = δ·W₁ is
    /// not computed: the inputs do not require a gradient, and autograd skips products whose result nobody needs.
    /// </summary>
    /// <param name="n">Training examples (rows of the full batch).</param>
    /// <param name="d">Input dimension.</param>
    /// <param name="hidden">Hidden width H.</param>
    /// <param name="labels">Output width N (subpopulations).</param>
    public static IReadOnlyList<MatrixProductShape> MlpStepShapes(int n, int d, int hidden, int labels) =>
    [
        new("MLP forward X·W₁ᵀ", n, d, hidden),
        new("MLP forward σ(h)·W₂ᵀ", n, hidden, labels),
        new("MLP backward dW₂ = gᵀ·σ(h)", labels, n, hidden),
        new("MLP backward dσ = g·W₂", n, labels, hidden),
        new("MLP backward dW₁ = δᵀ·X", hidden, n, d),
    ];

    /// <summary>
    /// Flops of the matrix products of one MLP update: Σ 2·m·k·n over <see cref="MlpStepShapes"/> =
    /// 2·n·(d·H + H·N) forward + 2·n·(2·H·N + d·H) backward = 2·n·(2·d·H + 3·H·N). At the paper sizes
    /// (n = N = 500, d = 1000, H = 1500): 5.25·10⁹.
    /// </summary>
    public static double MlpStepFlops(int n, int d, int hidden, int labels) => MlpStepShapes(n, d, hidden, labels).Sum(s => s.Flops);

    /// <summary>
    /// Flops of the matrix products of coordinate ascent's incremental path (<see cref="Attacks.CoordinateAscentAttack"/>,
    /// the path taken on the MLP) over <paramref name="targets"/> targets that together did <paramref name="targetSweeps"/>
    /// sweeps (Σ over targets of each one's sweeps, <see cref="Attacks.CoordinateAscentAttack.LastSweepCounts"/>):
    /// 2·[T·H·(d + N) + S·d·H·(N + 1)]. Where it comes from: the starting score of each target is one forward pass
    /// (x·W₁ᵀ: d·H, then σ(h)·W₂ᵀ: H·N multiply-adds); each sweep of each active target recomputes h = x·W₁ᵀ (d·H) and,
    /// for each of the d coordinates, scores the candidate through the output layer (H·N), so a target-sweep costs
    /// d·H + d·H·N multiply-adds. The per-coordinate product is [active × H]·[H × N] (<see cref="CoordinateAscentShape"/>).
    /// </summary>
    /// <param name="targets">T, the targets attacked.</param>
    /// <param name="targetSweeps">S, the sweeps summed over the targets.</param>
    /// <param name="d">Input dimension.</param>
    /// <param name="hidden">Hidden width H.</param>
    /// <param name="labels">Output width N.</param>
    public static double CoordinateAscentFlops(int targets, long targetSweeps, int d, int hidden, int labels) =>
        2.0 * (((double)targets * hidden * (d + labels)) + ((double)targetSweeps * d * hidden * (labels + 1.0)));

    /// <summary>
    /// Flops of the matrix products of the informed attack (<see cref="Attacks.InformedAttack"/>) on an MLP: each probe is
    /// one forward pass, x·W₁ᵀ (d·H) then σ(h)·W₂ᵀ (H·N multiply-adds), so 2·probes·(d·H + H·N).
    /// </summary>
    /// <param name="probes">Examples scored (2·S per unfixed coordinate of each target).</param>
    /// <param name="d">Input dimension.</param>
    /// <param name="hidden">Hidden width H.</param>
    /// <param name="labels">Output width N.</param>
    public static double InformedMlpFlops(long probes, int d, int hidden, int labels) =>
        2.0 * probes * (((double)d * hidden) + ((double)hidden * labels));

    /// <summary>The product coordinate ascent runs once per coordinate and sweep: the active targets' candidates through
    /// the output layer, [b × H]·[H × N] (b = every target in the first sweep, fewer later).</summary>
    public static MatrixProductShape CoordinateAscentShape(int targets, int hidden, int labels) =>
        new("coordinate ascent σ(h)·W₂ᵀ per coordinate", targets, hidden, labels);

    /// <summary>
    /// The shapes whose best rate is the run's sgemm peak: a large square product (<paramref name="square"/>, the
    /// classic peak measurement; 0 leaves it out), the MLP update's five products and coordinate ascent's product over
    /// <paramref name="targets"/> targets (left out when 0).
    /// </summary>
    public static IReadOnlyList<MatrixProductShape> PeakShapes(int square, int n, int d, int hidden, int labels, int targets)
    {
        var shapes = new List<MatrixProductShape>();
        if (square > 0)
        {
            shapes.Add(MatrixProductShape.Square(square));
        }
        shapes.AddRange(MlpStepShapes(n, d, hidden, labels));
        if (targets > 0)
        {
            shapes.Add(CoordinateAscentShape(targets, hidden, labels));
        }
        return shapes;
    }
}
