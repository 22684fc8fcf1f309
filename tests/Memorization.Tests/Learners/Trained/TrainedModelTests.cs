using Memorization.Learners.Trained;
using Memorization.Tests.Experiments.Hcl;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Tests.Learners.Trained;

public class TrainedModelTests
{
    private const int D = 80;
    private const int N = 60;

    [Fact]
    public void BothModelsReturnNormalisedLogProbabilitiesOfTheRightShape()
    {
        using var lr = new LogisticRegressionModel(D, N, 11, CPU);
        using var mlp = new MlpModel(D, 32, N, 12, CPU);
        using var x = SyntheticHcl.Signs([7, D], new Generator(3));
        using var noGrad = no_grad();
        foreach (var model in new TrainedLabelModel[] { lr, mlp })
        {
            using Tensor lp = model.LogProbabilities(x);
            Assert.Equal(new long[] { 7, N }, lp.shape);
            Assert.Equal(ScalarType.Float32, lp.dtype);
            using Tensor norm = lp.logsumexp(1);
            Assert.True(norm.abs().max().item<float>() < 1e-5f, $"{model.Name}: rows are not normalised");
            Assert.True(lp.le(0).all().item<bool>(), $"{model.Name}: a log-probability is positive");
        }
    }

    [Fact]
    public void WrongInputShapeOrTypeIsAClearError()
    {
        using var lr = new LogisticRegressionModel(D, N, 11, CPU);
        using var wrongWidth = zeros(3, D + 1);
        var ex = Assert.Throws<ArgumentException>(() => lr.LogProbabilities(wrongWidth));
        Assert.Contains($"[batch, {D}]", ex.Message);
        using var wrongType = zeros(3, D, dtype: ScalarType.Float64);
        ex = Assert.Throws<ArgumentException>(() => lr.LogProbabilities(wrongType));
        Assert.Contains("float32", ex.Message);
    }

    [Fact]
    public void InitialisationIsPyTorchsUniformWithinOneOverRootFanIn()
    {
        using var mlp = new MlpModel(D, 50, N, 5, CPU);
        double bound1 = 1.0 / Math.Sqrt(D);
        double bound2 = 1.0 / Math.Sqrt(50);
        Assert.True(mlp.Hidden.weight!.abs().max().item<float>() <= bound1);
        Assert.True(mlp.Hidden.bias!.abs().max().item<float>() <= bound1);
        Assert.True(mlp.Output.weight!.abs().max().item<float>() <= bound2);
        // U(−b, b) has variance b²/3: with 4000 weights the sample variance is within 10% of it (≈ 12σ margin).
        double variance = mlp.Hidden.weight!.var().item<float>();
        Assert.InRange(variance, 0.9 * bound1 * bound1 / 3.0, 1.1 * bound1 * bound1 / 3.0);
    }

    [Fact]
    public void ParameterBitsAreParameterCountTimes32()
    {
        using var lr = new LogisticRegressionModel(D, N, 1, CPU);
        using var mlp = new MlpModel(D, 40, N, 1, CPU);
        Assert.Equal((D * N + N) * 32L, lr.ParameterBits);
        Assert.Equal((D * 40 + 40 + 40 * N + N) * 32L, mlp.ParameterBits);
    }

    [Fact]
    public void TheSameSeedGivesIdenticalWeightsWhateverTheGlobalGenerator()
    {
        torch.manual_seed(1);
        using var a = new MlpModel(D, 30, N, 77, CPU);
        torch.manual_seed(2);
        using var b = new MlpModel(D, 30, N, 77, CPU);
        using var c = new MlpModel(D, 30, N, 78, CPU);
        Assert.True(Same(a.Hidden.weight!, b.Hidden.weight!));
        Assert.True(Same(a.Output.bias!, b.Output.bias!));
        Assert.False(Same(a.Hidden.weight!, c.Hidden.weight!));
    }

    [Fact]
    public void OptimizerIsFullBatchNesterovSgdWithDampeningZeroAndNoWeightDecay()
    {
        using var lr = new LogisticRegressionModel(D, N, 1, CPU);
        using var optimizer = FullBatchTrainer.CreateOptimizer(lr, 0.1, 0.99);
        var group = Assert.Single(optimizer.ParamGroups);
        var options = Assert.IsType<TorchSharp.Modules.SGD.Options>(((TorchSharp.Modules.ParamGroup)group).Options);
        Assert.Equal(0.1, group.LearningRate);
        Assert.Equal(0.99, options.momentum);
        Assert.True(options.nesterov);
        Assert.Equal(0.0, options.dampening);
        Assert.Equal(0.0, options.weight_decay);
        Assert.Equal(2, ((TorchSharp.Modules.ParamGroup)group).Parameters.Count());
    }

    [Fact]
    public void PublishedPresetsMatchThePaper()
    {
        Assert.Equal(new LogisticRegressionOptions(0.1, 0.99, 50, 2), LogisticRegressionOptions.Published);
        Assert.Equal(new MlpOptions(1500, 3e-4, 0.999, 2000, 450, 0.3, 50), MlpOptions.Published);
        Assert.Equal(3e-4, MlpOptions.Published.LearningRateAt(449));
        Assert.Equal(3e-4 * 0.3, MlpOptions.Published.LearningRateAt(450));
    }

    [Theory]
    [InlineData(0.0, 0.99, 50, 2, "LearningRate")]
    [InlineData(0.1, 0.0, 50, 2, "Momentum")]
    [InlineData(0.1, 1.0, 50, 2, "Momentum")]
    [InlineData(0.1, 0.99, 0, 2, "Steps")]
    [InlineData(0.1, 0.99, 50, 0, "CheckpointEvery")]
    public void InvalidLogisticRegressionOptionsNameTheParameter(double lr, double momentum, int steps, int every, string parameter)
    {
        var ex = Assert.Throws<InvalidParameterException>(() => new LogisticRegressionOptions(lr, momentum, steps, every).Validate());
        Assert.Equal(parameter, ex.Parameter);
        Assert.Contains("published value", ex.Message);
    }

    [Fact]
    public void InvalidMlpOptionsNameTheParameter()
    {
        var ex = Assert.Throws<InvalidParameterException>(() => (MlpOptions.Published with { HiddenWidth = 0 }).Validate());
        Assert.Equal("HiddenWidth", ex.Parameter);
        ex = Assert.Throws<InvalidParameterException>(() => (MlpOptions.Published with { DecayFactor = 1.5 }).Validate());
        Assert.Equal("DecayFactor", ex.Parameter);
    }

    internal static bool Same(Tensor a, Tensor b)
    {
        using Tensor eq = a.eq(b);
        using Tensor all = eq.all();
        return all.item<bool>();
    }
}
