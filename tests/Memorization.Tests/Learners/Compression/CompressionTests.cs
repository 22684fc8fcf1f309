using Memorization.Configuration;
using Memorization.Learners;
using Memorization.Learners.Compression;
using Memorization.Learners.Trained;
using Memorization.Tests.Experiments.Hcl;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Tests.Learners.Compression;

public class CompressionTests
{
    private const int D = 40;
    private const int N = 24;

    private static LogisticRegressionModel TrainedLr()
    {
        using var data = SyntheticHcl.Create(48, D, N, 0.3, 21);
        return LogisticRegressionTrainer.Train(data.Inputs, data.Labels, data.SingletonIndices, data.LabelCount,
            LogisticRegressionOptions.Published with { Steps = 10 }, CPU, 5);
    }

    private static float MaxOutputDifference(ILabelModel a, ILabelModel b)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        Tensor x = SyntheticHcl.Signs([64, D], new Generator(99));
        return a.LogProbabilities(x).sub(b.LogProbabilities(x)).abs().max().item<float>();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(16)]
    public void QuantisationErrorIsAtMostHalfTheScaleAndUses2PowBLevels(int bits)
    {
        for (ulong seed = 1; seed <= 5; seed++)
        {
            using var generator = new Generator(seed);
            using Tensor w = randn([30, 50], generator: generator).mul_(0.1 * seed);
            (Tensor q, double scale) = WeightQuantisation.Quantise(w, bits);
            using (q)
            {
                double maxError = q.sub(w).abs().max().item<float>();
                Assert.True(maxError <= scale / 2.0 * (1 + 1e-5) + 1e-7, $"b = {bits}: error {maxError} > Δ/2 = {scale / 2.0}");
                Assert.Equal(2.0 * w.abs().max().item<float>() / Math.Pow(2, bits), scale, 6);
                long levels = q.unique().Item1.numel();
                Assert.True(levels <= 1L << Math.Min(bits, 20), $"b = {bits}: {levels} distinct values");
            }
        }
    }

    [Fact]
    public void OneBitQuantisationIsTheSignTimesHalfTheMaximum()
    {
        using Tensor w = tensor(new float[] { -2.0f, -0.1f, 0.3f, 4.0f });
        (Tensor q, double scale) = WeightQuantisation.Quantise(w, 1);
        using (q)
        {
            Assert.Equal(4.0, scale, 12);
            Assert.Equal(new float[] { -2f, -2f, 2f, 2f }, q.data<float>().ToArray());
        }
    }

    [Fact]
    public void ThirtyTwoBitsFullRankAndKeepAllReproduceTheModelsOutputs()
    {
        using LogisticRegressionModel lr = TrainedLr();
        using var quantised = WeightQuantisation.Compress(lr, 32);
        using var factorised = LowRankFactorisation.Compress(lr, Math.Min(D, N));
        using var pruned = MagnitudePruning.Compress(lr, 1.0);
        using var rowPruned = MagnitudePruning.Compress(lr, 1.0, perRow: true);
        Assert.True(MaxOutputDifference(lr, quantised) < 1e-4f);
        Assert.True(MaxOutputDifference(lr, factorised) < 1e-4f);
        Assert.Equal(0f, MaxOutputDifference(lr, pruned));
        Assert.Equal(0f, MaxOutputDifference(lr, rowPruned));
    }

    [Fact]
    public void SizesAreCountedExactly()
    {
        using LogisticRegressionModel lr = TrainedLr();
        long weights = (long)N * D;
        using (var q = WeightQuantisation.Compress(lr, 3))
        {
            Assert.Equal(3 * weights + 32 + 32L * N, q.ParameterBits);
            Assert.Equal(0, q.RestBits);
        }
        using (var r = LowRankFactorisation.Compress(lr, 5))
        {
            Assert.Equal(32L * 5 * (D + N) + 32L * N, r.ParameterBits);
            using Tensor w = r.ReconstructedWeight();
            Assert.Equal(5, linalg.matrix_rank(w).item<long>());
        }
        // Global pruning: k = ⌈0.1·960⌉ = 96 kept float32 values; positions as 96 indices of ⌈log₂ 960⌉ = 10 bits (< 960-bit bitmap).
        using (var p = MagnitudePruning.Compress(lr, 0.1))
        {
            Assert.Equal(32L * 96 + 96 * 10 + 1 + 32L * N, p.ParameterBits);
            using Tensor w = p.ReconstructedWeight();
            Assert.Equal(96, w.count_nonzero().item<long>());
        }
        // Per row, 1-bit values: ⌈0.25·40⌉ = 10 per row; positions min(40, 10·6) = 40-bit bitmap per row; 1-bit values + one scale.
        using (var s = MagnitudePruning.Compress(lr, 0.25, perRow: true, valueBits: 1))
        {
            Assert.Equal(1L * 10 * N + 32 + N * 40L + 1 + 32L * N, s.ParameterBits);
            using Tensor w = s.ReconstructedWeight();
            Assert.All(w.count_nonzero([1]).data<long>().ToArray(), c => Assert.Equal(10, c));
            Assert.Equal(2, w.abs().unique().Item1.numel()); // 0 and the one magnitude Δ/2
        }
        // Row-sign as SIZE builds it: per row, 1-bit values, 8-bit bias with its own scale (8·N + 32 instead of 32·N).
        using (var s = MagnitudePruning.Compress(lr, 0.25, perRow: true, valueBits: 1, biasBits: 8))
        {
            Assert.Equal(1L * 10 * N + 32 + N * 40L + 1 + 8L * N + 32, s.ParameterBits);
            Assert.Contains("8-bit bias", s.Encoding);
        }
        // One weight per row (⌈0.025·40⌉ = 1): its position as one 6-bit index (< 40-bit bitmap), the smallest row-sign model.
        using (var s = MagnitudePruning.Compress(lr, 0.025, perRow: true, valueBits: 1, biasBits: 8))
        {
            Assert.Equal(1L * N + 32 + N * 6L + 1 + 8L * N + 32, s.ParameterBits);
            using Tensor w = s.ReconstructedWeight();
            Assert.All(w.count_nonzero([1]).data<long>().ToArray(), c => Assert.Equal(1, c));
        }
        Assert.Equal(0, MagnitudePruning.IndexBits(1));
        Assert.Equal(1, MagnitudePruning.IndexBits(2));
        Assert.Equal(10, MagnitudePruning.IndexBits(1024));
        Assert.Equal(11, MagnitudePruning.IndexBits(1025));
        Assert.Equal(17, MagnitudePruning.IndexBits(80_000));
    }

    [Fact]
    public void AQuantisedBiasIsWithinHalfItsStepOfTheTrainedBias()
    {
        using LogisticRegressionModel lr = TrainedLr();
        using var s = MagnitudePruning.Compress(lr, 0.25, perRow: true, valueBits: 1, biasBits: 8);
        using Tensor bias = s.ReconstructedBias();
        using Tensor trained = lr.Linear.bias!.detach().clone();
        double step = 2.0 * trained.abs().max().item<float>() / 256.0;
        Assert.True(bias.sub(trained).abs().max().item<float>() <= step / 2.0 * (1 + 1e-5) + 1e-7);
        Assert.True(bias.unique().Item1.numel() <= 256);
        using var float32 = MagnitudePruning.Compress(lr, 0.25, perRow: true, valueBits: 1);
        using Tensor kept = float32.ReconstructedBias();
        Assert.True(kept.equal(trained).all().item<bool>());
    }

    [Fact]
    public void MagnitudePruningKeepsTheLargestWeights()
    {
        using LogisticRegressionModel lr = TrainedLr();
        using var p = MagnitudePruning.Compress(lr, 0.05);
        using Tensor w = p.ReconstructedWeight();
        using Tensor original = lr.Linear.weight!.detach().clone();
        using Tensor kept = w.ne(0);
        float smallestKept = original.abs().masked_select(kept).min().item<float>();
        float largestDropped = original.abs().masked_select(kept.logical_not()).max().item<float>();
        Assert.True(smallestKept >= largestDropped);
        Assert.True(original.masked_select(kept).eq(w.masked_select(kept)).all().item<bool>());
    }

    [Fact]
    public void TruncatedSvdErrorIsTheNormOfTheDroppedSingularValues()
    {
        using LogisticRegressionModel lr = TrainedLr();
        using var r = LowRankFactorisation.Compress(lr, 3);
        using var scope = NewDisposeScope();
        Tensor w = lr.Linear.weight!.detach().to(ScalarType.Float64);
        Tensor s = linalg.svdvals(w);
        double expected = Math.Sqrt(s.narrow(0, 3, s.shape[0] - 3).square().sum().item<double>());
        double actual = r.ReconstructedWeight().to(ScalarType.Float64).sub(w).square().sum().sqrt().item<double>();
        Assert.Equal(expected, actual, 4);
    }

    [Fact]
    public void TheMlpsFirstLayerIsCompressedAndTheRestCountedAt32Bits()
    {
        using var mlp = new MlpModel(D, 8, N, 3, CPU);
        using var q = WeightQuantisation.Compress(mlp, 2);
        Assert.Equal(32L * (8 * N + N), q.RestBits);
        Assert.Equal(2L * 8 * D + 32 + 32L * 8 + q.RestBits, q.ParameterBits);
        using var lp = q.LogProbabilities(zeros(3, D));
        Assert.Equal(new long[] { 3, N }, lp.shape);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    public void BadQuantisationBitsAreRejectedWithTheFix(int bits)
    {
        using var lr = new LogisticRegressionModel(D, N, 1, CPU);
        var ex = Assert.Throws<InvalidParameterException>(() => WeightQuantisation.Compress(lr, bits));
        Assert.Equal("bits", ex.Parameter);
        Assert.Contains("[1, 32]", ex.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void BadKeepFractionsAreRejectedWithTheFix(double keep)
    {
        using var lr = new LogisticRegressionModel(D, N, 1, CPU);
        var ex = Assert.Throws<InvalidParameterException>(() => MagnitudePruning.Compress(lr, keep));
        Assert.Equal("keepFraction", ex.Parameter);
        Assert.Contains("(0, 1]", ex.Message);
        ex = Assert.Throws<InvalidParameterException>(() => MagnitudePruning.Compress(lr, 0.5, valueBits: 0));
        Assert.Equal("valueBits", ex.Parameter);
        ex = Assert.Throws<InvalidParameterException>(() => MagnitudePruning.Compress(lr, 0.5, biasBits: 33));
        Assert.Equal("biasBits", ex.Parameter);
        Assert.Contains("biasBits = 33 must be in [1, 32] (32 keeps the float32 bias", ex.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(N + 1)]
    public void BadRanksAreRejectedWithTheFix(int rank)
    {
        using var lr = new LogisticRegressionModel(D, N, 1, CPU);
        var ex = Assert.Throws<InvalidParameterException>(() => LowRankFactorisation.Compress(lr, rank));
        Assert.Contains($"[1, {N}]", ex.Message);
    }

    [Fact]
    public void AModelWithoutAFirstLayerIsAClearError()
    {
        var ex = Assert.Throws<ArgumentException>(() => WeightQuantisation.Compress(new NoFirstLayer(), 4));
        Assert.Contains("LogisticRegressionModel or an MlpModel", ex.Message);
    }

    [Fact]
    public void TheLowRankLogisticRegressionHasTheStatedSizeAndTrains()
    {
        using var data = SyntheticHcl.Create(48, D, N, 0.3, 22);
        var losses = new List<double>();
        using var model = LogisticRegressionTrainer.TrainLowRank(data.Inputs, data.Labels, data.SingletonIndices, data.LabelCount, 4,
            LogisticRegressionOptions.Published with { Steps = 10, CheckpointEvery = 10 }, CPU, 9, c => losses.Add(c.Loss));
        Assert.Equal(32L * (4 * D + N * 4 + N), model.ParameterBits);
        Assert.True(losses[^1] < losses[0], $"loss {losses[0]:F4} → {losses[^1]:F4} did not fall");
        Assert.Throws<ArgumentOutOfRangeException>(() => new LowRankLogisticRegressionModel(D, 0, N, 1, CPU));
    }

    [Fact]
    public void CompressingAndEvaluatingLeaveNoLiveTensors()
    {
        using LogisticRegressionModel lr = TrainedLr();
        using Tensor x = SyntheticHcl.Signs([16, D], new Generator(4));

        void RunAll()
        {
            using var noGrad = no_grad();
            foreach (CompressedLabelModel m in new[]
            {
                WeightQuantisation.Compress(lr, 2), MagnitudePruning.Compress(lr, 0.1), MagnitudePruning.Compress(lr, 0.3, perRow: true, valueBits: 1, biasBits: 8),
                LowRankFactorisation.Compress(lr, 3),
            })
            {
                using (m)
                {
                    m.LogProbabilities(x).Dispose();
                }
            }
        }

        RunAll();
        long before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        RunAll();
        Assert.Equal(before, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
    }

    private sealed class NoFirstLayer : ILabelModel
    {
        public string Name => "constant";

        public long ParameterBits => 0;

        public int InputDimension => D;

        public int LabelCount => N;

        public Tensor LogProbabilities(Tensor inputs) => full(inputs.shape[0], N, -Math.Log(N));
    }
}
