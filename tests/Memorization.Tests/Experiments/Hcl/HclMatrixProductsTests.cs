using Memorization.Devices;
using Memorization.Experiments.Hcl;

namespace Memorization.Tests.Experiments.Hcl;

public class HclMatrixProductsTests
{
    [Fact]
    public void TheMlpUpdateCountsItsTwoForwardAndThreeBackwardProducts()
    {
        // n = 2, d = 3, H = 5, N = 7: forward 2·(2·3·5 + 2·5·7) = 200; backward dW₂ 2·7·2·5 = 140, dσ 2·2·7·5 = 140,
        // dW₁ 2·5·2·3 = 60; total 540 = 2·n·(2·d·H + 3·H·N) = 4·(30 + 105). No dX = δ·W₁ (the inputs need no gradient).
        IReadOnlyList<MatrixProductShape> shapes = HclMatrixProducts.MlpStepShapes(2, 3, 5, 7);
        Assert.Equal([(2, 3, 5), (2, 5, 7), (7, 2, 5), (2, 7, 5), (5, 2, 3)], shapes.Select(s => (s.M, s.K, s.N)));
        Assert.Equal(540.0, HclMatrixProducts.MlpStepFlops(2, 3, 5, 7));
        // The paper sizes n = N = 500, d = 1000, H = 1500: 2·500·(3·10⁶ + 2.25·10⁶).
        Assert.Equal(5.25e9, HclMatrixProducts.MlpStepFlops(500, 1000, 1500, 500));
    }

    [Fact]
    public void CoordinateAscentCountsTheStartingScoresAndEveryTargetSweep()
    {
        // T = 2 targets, S = 3 target-sweeps, d = 3, H = 5, N = 7: starting scores 2·5·(3 + 7) = 100 multiply-adds;
        // each target-sweep recomputes h (3·5) and scores 3 candidates through the output layer (3·5·7): 3·(15 + 105) = 360.
        Assert.Equal(2.0 * (100 + 360), HclMatrixProducts.CoordinateAscentFlops(2, 3, 3, 5, 7));
        Assert.Equal(2.0 * 2 * 5 * (3 + 7), HclMatrixProducts.CoordinateAscentFlops(2, 0, 3, 5, 7));
        // At the paper sizes the output layer dominates: ≈ 2 · S · d · H · N.
        double paper = HclMatrixProducts.CoordinateAscentFlops(172, 1000, 1000, 1500, 500);
        Assert.InRange(paper / (2.0 * 1000 * 1000 * 1500 * 500), 1.0, 1.003);
    }

    [Fact]
    public void ThePeakShapesAreTheSquareTheUpdatesProductsAndTheAscentsProduct()
    {
        IReadOnlyList<MatrixProductShape> all = HclMatrixProducts.PeakShapes(64, 2, 3, 5, 7, 4);
        Assert.Equal(7, all.Count);
        Assert.Equal((64, 64, 64), (all[0].M, all[0].K, all[0].N));
        Assert.Equal(HclMatrixProducts.MlpStepShapes(2, 3, 5, 7), all.Skip(1).Take(5));
        Assert.Equal((4, 5, 7), (all[^1].M, all[^1].K, all[^1].N));
        Assert.Equal(HclMatrixProducts.MlpStepShapes(2, 3, 5, 7), HclMatrixProducts.PeakShapes(0, 2, 3, 5, 7, 0));
    }
}
