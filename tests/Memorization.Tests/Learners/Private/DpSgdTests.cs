using Memorization.Configuration;
using Memorization.Learners.Private;
using Memorization.Learners.Trained;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Tests.Learners.Private;

public class DpSgdTests
{
    public static TheoryData<bool> Models => new() { false, true };

    /// <summary>The closed-form per-example clipping equals a loop of one autograd backward per example (float64, tiny models).</summary>
    [Theory]
    [MemberData(nameof(Models))]
    public void ClippedGradientsMatchAPerExampleAutogradLoop(bool mlp)
    {
        using TrainedLabelModel model = Tiny(mlp);
        model.to(ScalarType.Float64);
        using var generator = new Generator(7);
        using Tensor x = randint(0, 2, [9, 6], dtype: ScalarType.Float64, generator: generator).mul(2).sub(1);
        using Tensor y = randint(0, 4, [9], dtype: ScalarType.Int64, generator: generator);
        Tensor[] parameters = model.parameters().ToArray();

        // The loop: one backward per example.
        var perExample = new List<double[][]>();
        var norms = new List<double>();
        for (int i = 0; i < 9; i++)
        {
            model.zero_grad();
            using Tensor loss = nn.functional.nll_loss(model.forward(x.narrow(0, i, 1)), y.narrow(0, i, 1), reduction: nn.Reduction.Sum);
            loss.backward();
            double[][] grads = parameters.Select(p => p.grad!.data<double>().ToArray()).ToArray();
            perExample.Add(grads);
            norms.Add(Math.Sqrt(grads.Sum(g => g.Sum(v => v * v))));
        }
        // C between the smallest and largest norm, so some examples are clipped and some are not.
        double clip = norms.OrderBy(v => v).ElementAt(4);
        var expected = parameters.Select(p => new double[p.numel()]).ToArray();
        for (int i = 0; i < 9; i++)
        {
            double c = Math.Min(1.0, clip / norms[i]);
            double clippedNorm = c * norms[i];
            Assert.True(clippedNorm <= clip * (1 + 1e-12), $"example {i}: clipped norm {clippedNorm} > C = {clip}");
            for (int k = 0; k < parameters.Length; k++)
            {
                for (int j = 0; j < expected[k].Length; j++)
                {
                    expected[k][j] += c * perExample[i][k][j];
                }
            }
        }

        ClippedGradients clipped = PerExampleClipping.Compute(model, x, y, clip);
        double[] closedNorms = clipped.Norms.data<double>().ToArray();
        for (int i = 0; i < 9; i++)
        {
            Assert.Equal(norms[i], closedNorms[i], 10);
        }
        for (int k = 0; k < parameters.Length; k++)
        {
            Assert.Equal(ScalarType.Float64, clipped.Sums[k].dtype);
            double[] actual = clipped.Sums[k].data<double>().ToArray();
            Assert.Equal(expected[k].Length, actual.Length);
            for (int j = 0; j < actual.Length; j++)
            {
                Assert.Equal(expected[k][j], actual[j], 10);
            }
        }
        foreach (Tensor t in clipped.Sums)
        {
            t.Dispose();
        }
        clipped.Norms.Dispose();
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void TheTracedForwardIsTheModelsForward(bool mlp)
    {
        using TrainedLabelModel model = Tiny(mlp);
        using var scope = NewDisposeScope();
        using var generator = new Generator(3);
        Tensor x = randint(0, 2, [5, 6], dtype: ScalarType.Float32, generator: generator).mul(2).sub(1);
        (Tensor traced, _) = LinearNetworkTrace.Forward(model, x);
        Assert.True(traced.allclose(model.forward(x), rtol: 0, atol: 1e-6));
    }

    /// <summary>With σ = 0, q = 1 and μ = 0 one step is θ − η·(clipped sum)/n exactly.</summary>
    [Fact]
    public void OneNoiselessFullBatchStepIsTheClippedMeanGradientStep()
    {
        (Tensor x, Tensor y) = Data(12, 6, 4, 5);
        using (x)
        using (y)
        {
            var options = new DpSgdOptions(0.5, 0.0, 1.0, 1, 0.3, 0.0);
            using TrainedLabelModel initial = new LogisticRegressionModel(6, 4, 11, CPU);
            ClippedGradients clipped = PerExampleClipping.Compute(initial, x, y, 0.5);
            Tensor[] before = initial.parameters().Select(p => p.detach().clone()).ToArray();
            DpSgdResult result = DpSgdTrainer.TrainLogisticRegression(x, y, 4, options, CPU, 11, 1, 2);
            using TrainedLabelModel trained = result.Model;
            Tensor[] after = trained.parameters().ToArray();
            for (int k = 0; k < after.Length; k++)
            {
                using Tensor expected = before[k].sub(clipped.Sums[k].div(12.0).mul(0.3));
                Assert.True(after[k].allclose(expected, rtol: 0, atol: 1e-6));
            }
            Assert.Equal(12.0, result.MeanBatchSize);
        }
    }

    /// <summary>The batch and the noise are drawn from the seeded generators: same seeds, same model; another noise seed, another model.</summary>
    [Theory]
    [MemberData(nameof(Models))]
    public void NoiseAndSamplingAreSeededAndReproducible(bool mlp)
    {
        (Tensor x, Tensor y) = Data(40, 6, 4, 9);
        using (x)
        using (y)
        {
            var options = new DpSgdOptions(1.0, 1.5, 0.3, 5, 0.5, 0.9);
            DpSgdResult Train(long noiseSeed) => mlp
                ? DpSgdTrainer.TrainMlp(x, y, 4, 5, options, CPU, 1, 2, noiseSeed)
                : DpSgdTrainer.TrainLogisticRegression(x, y, 4, options, CPU, 1, 2, noiseSeed);
            DpSgdResult a = Train(3);
            DpSgdResult b = Train(3);
            DpSgdResult c = Train(4);
            using TrainedLabelModel ma = a.Model, mb = b.Model, mc = c.Model;
            Tensor[] pa = ma.parameters().ToArray(), pb = mb.parameters().ToArray(), pc = mc.parameters().ToArray();
            for (int k = 0; k < pa.Length; k++)
            {
                Assert.True(pa[k].allclose(pb[k], 0, 0), "same seeds must give the same model");
            }
            Assert.Contains(Enumerable.Range(0, pa.Length), k => !pa[k].allclose(pc[k], 0, 0));
            // Poisson batches: 5 steps of Binomial(40, 0.3) rows, mean 12.
            Assert.InRange(a.MeanBatchSize, 4.0, 20.0);
            Assert.NotEqual(40.0, a.MeanBatchSize);
        }
    }

    /// <summary>Training leaves no live tensor behind once the model is disposed (STYLE.md: a dispose scope around every step).</summary>
    [Fact]
    public void TrainingDoesNotLeakTensors()
    {
        (Tensor x, Tensor y) = Data(30, 6, 4, 13);
        using (x)
        using (y)
        {
            var options = new DpSgdOptions(1.0, 1.0, 0.5, 4, 0.5, 0.9);
            void TrainBoth()
            {
                DpSgdTrainer.TrainLogisticRegression(x, y, 4, options, CPU, 1, 2, 3).Model.Dispose();
                DpSgdTrainer.TrainMlp(x, y, 4, 5, options, CPU, 1, 2, 3).Model.Dispose();
            }
            TrainBoth();
            long before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
            TrainBoth();
            Assert.Equal(before, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
        }
    }

    [Fact]
    public void TheGuaranteeIsTheAccountantsAndInfiniteWithoutNoise()
    {
        var options = new DpSgdOptions(1.0, 2.0, 1.0, 10, 1.0, 0.9);
        Assert.Equal(Memorization.Information.Privacy.RdpAccountant.Guarantee(1.0, 2.0, 10, 1e-5), options.Guarantee(1e-5));
        Assert.True(double.IsPositiveInfinity((options with { NoiseMultiplier = 0.0 }).Guarantee(1e-5).Epsilon));
    }

    [Fact]
    public void BadOptionsAreRefusedWithTheParameterNamed()
    {
        var good = new DpSgdOptions(1.0, 1.0, 1.0, 10, 1.0, 0.9);
        good.Validate();
        Assert.Equal("ClipNorm", Assert.Throws<InvalidParameterException>(() => (good with { ClipNorm = 0 }).Validate()).Parameter);
        Assert.Equal("NoiseMultiplier", Assert.Throws<InvalidParameterException>(() => (good with { NoiseMultiplier = -1 }).Validate()).Parameter);
        Assert.Equal("SamplingRate", Assert.Throws<InvalidParameterException>(() => (good with { SamplingRate = 0 }).Validate()).Parameter);
        Assert.Equal("SamplingRate", Assert.Throws<InvalidParameterException>(() => (good with { SamplingRate = 1.2 }).Validate()).Parameter);
        Assert.Equal("Steps", Assert.Throws<InvalidParameterException>(() => (good with { Steps = 0 }).Validate()).Parameter);
        Assert.Equal("LearningRate", Assert.Throws<InvalidParameterException>(() => (good with { LearningRate = 0 }).Validate()).Parameter);
        Assert.Equal("Momentum", Assert.Throws<InvalidParameterException>(() => (good with { Momentum = 1 }).Validate()).Parameter);
    }

    private static TrainedLabelModel Tiny(bool mlp) => mlp ? new MlpModel(6, 5, 4, 21, CPU) : new LogisticRegressionModel(6, 4, 21, CPU);

    private static (Tensor X, Tensor Y) Data(int n, int d, int labels, ulong seed)
    {
        using var generator = new Generator(seed);
        Tensor x = randint(0, 2, [n, d], dtype: ScalarType.Float32, generator: generator).mul(2).sub(1);
        Tensor y = randint(0, labels, [n], dtype: ScalarType.Int64, generator: generator);
        return (x, y);
    }
}
