using Memorization.Attacks;
using Memorization.Learners.Trained;
using Memorization.Tests.Experiments.Hcl;
using Memorization.Tests.Learners.Trained;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Tests.Attacks;

public class AttackSemanticsTests
{
    private const int D = 40;
    private const int N = 12;
    private const int Signed = 8;

    [Fact]
    public void SignAttackRecoversTheSignPatternOfAKnownLinearModelExactly()
    {
        var (model, rows) = HandBuiltModels.SignRows(D, N, Signed, 21);
        using (model)
        using (rows)
        using (var labels = arange(Signed, dtype: ScalarType.Int64))
        {
            foreach (bool shared in new[] { true, false })
            {
                using Tensor reconstructed = new SignAttack(shareProbes: shared).Reconstruct(model, new AttackTargets(labels), CPU, 5);
                Assert.Equal(new long[] { Signed, D }, reconstructed.shape);
                Assert.True(TrainedModelTests.Same(reconstructed, rows), $"shared probes: {shared}");
            }
        }
    }

    [Fact]
    public void CoordinateAscentRecoversAKnownLinearModelInOneSweepPlusOneQuietSweep()
    {
        var (model, rows) = HandBuiltModels.SignRows(D, N, Signed, 22);
        using (model)
        using (rows)
        using (var labels = arange(Signed, dtype: ScalarType.Int64))
        {
            foreach (var target in new Memorization.Learners.ILabelModel[] { model, new OpaqueLabelModel(model) })
            {
                var attack = new CoordinateAscentAttack();
                using Tensor reconstructed = attack.Reconstruct(target, new AttackTargets(labels), CPU, 6);
                Assert.True(TrainedModelTests.Same(reconstructed, rows), target.Name);
                Assert.All(attack.LastSweepCounts, s => Assert.Equal(2, s));
            }
        }
    }

    [Fact]
    public void InformedAttackRecoversUnfixedBitsAndKeepsTheKnownFixedValues()
    {
        var (model, rows) = HandBuiltModels.SignRows(D, N, Signed, 23);
        var generator = new Generator(24);
        using (model)
        using (rows)
        using (var labels = arange(Signed, dtype: ScalarType.Int64))
        using (Tensor masks = rand([Signed, D], generator: generator).lt(0.3))
        using (Tensor values = SyntheticHcl.Signs([Signed, D], generator))
        using (Tensor reconstructed = new InformedAttack(samples: 4).Reconstruct(model, new AttackTargets(labels, masks, values), CPU, 7))
        using (Tensor expected = where(masks, values, rows))
        {
            Assert.True(TrainedModelTests.Same(reconstructed, expected));
        }
    }

    [Theory]
    [InlineData(0)]      // never speculate: one coordinate per product
    [InlineData(40)]     // a few coordinates ahead once targets drop out or flips get rare
    [InlineData(256)]    // the default
    [InlineData(100000)] // always the widest window (64 > d = 30: windows run past the last coordinate)
    public void IncrementalCoordinateAscentMakesTheGenericDecisionsOnASmallMlpAndLogisticRegression(int speculativeRows)
    {
        using var mlp = new MlpModel(30, 24, 10, 31, CPU);
        using var lr = new LogisticRegressionModel(30, 10, 32, CPU);
        using var labels = arange(20, dtype: ScalarType.Int64).remainder(10);
        foreach (Memorization.Learners.ILabelModel model in new Memorization.Learners.ILabelModel[] { mlp, lr })
        {
            var speculative = new CoordinateAscentAttack(speculativeRows: speculativeRows);
            var generic = new CoordinateAscentAttack(useIncremental: false);
            using Tensor a = speculative.Reconstruct(model, new AttackTargets(labels), CPU, 9);
            using Tensor b = generic.Reconstruct(model, new AttackTargets(labels), CPU, 9);
            Assert.True(TrainedModelTests.Same(a, b), $"{model.Name}, speculativeRows = {speculativeRows}");
            Assert.Equal(generic.LastSweepCounts, speculative.LastSweepCounts);
            // Not a trivial agreement: the ascent moved away from the (shared) random starts.
            Assert.Contains(speculative.LastSweepCounts, s => s >= 3);
            Assert.Equal(speculativeRows > 0, speculative.LastSpeculativeSweeps > 0);
        }
    }

    [Fact]
    public void ResultsDoNotDependOnChunkingAndDependOnTheSeed()
    {
        using var mlp = new MlpModel(20, 16, 8, 41, CPU);
        using var labels = arange(8, dtype: ScalarType.Int64);
        var targets = new AttackTargets(labels);
        foreach (bool shared in new[] { true, false })
        {
            using Tensor wide = new SignAttack(repeats: 3, shareProbes: shared).Reconstruct(mlp, targets, CPU, 1);
            using Tensor narrow = new SignAttack(repeats: 3, maxProbeElements: 1, shareProbes: shared).Reconstruct(mlp, targets, CPU, 1);
            using Tensor otherSeed = new SignAttack(repeats: 3, shareProbes: shared).Reconstruct(mlp, targets, CPU, 2);
            Assert.True(TrainedModelTests.Same(wide, narrow), $"shared probes: {shared}");
            Assert.False(TrainedModelTests.Same(wide, otherSeed), $"shared probes: {shared}");
        }

        using Tensor masks = zeros([8, 20], dtype: ScalarType.Bool);
        using Tensor values = ones([8, 20]);
        var informedTargets = new AttackTargets(labels, masks, values);
        using Tensor informedWide = new InformedAttack(samples: 3).Reconstruct(mlp, informedTargets, CPU, 3);
        using Tensor informedNarrow = new InformedAttack(samples: 3, maxProbeElements: 1).Reconstruct(mlp, informedTargets, CPU, 3);
        Assert.True(TrainedModelTests.Same(informedWide, informedNarrow));

        using Tensor batched = new CoordinateAscentAttack().Reconstruct(mlp, targets, CPU, 4);
        using Tensor oneByOne = new CoordinateAscentAttack(maxBatch: 1).Reconstruct(mlp, targets, CPU, 4);
        Assert.True(TrainedModelTests.Same(batched, oneByOne));
    }

    [Fact]
    public void BadTargetsAndOptionsAreClearErrors()
    {
        using var lr = new LogisticRegressionModel(10, 5, 1, CPU);
        using var outOfRange = tensor(new long[] { 5 });
        var ex = Assert.Throws<ArgumentException>(() => new SignAttack().Reconstruct(lr, new AttackTargets(outOfRange), CPU, 1));
        Assert.Contains("[0, 5)", ex.Message);
        using var fine = tensor(new long[] { 1 });
        ex = Assert.Throws<ArgumentException>(() => new InformedAttack().Reconstruct(lr, new AttackTargets(fine), CPU, 1));
        Assert.Contains("FixedMasks", ex.Message);
        var option = Assert.Throws<InvalidParameterException>(() => new SignAttack(repeats: 4));
        Assert.Contains("odd", option.Message);
    }
}
