using Memorization.Evaluation;
using Memorization.Learners;
using Memorization.Learners.Trained;
using Memorization.Tasks;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Tests.Learners.Trained;

public class MultilabelLogisticRegressionTests
{
    [Fact]
    public void TheVectorLikelihoodIsMinusTheSummedBinaryCrossEntropy()
    {
        using var generator = new Generator(3);
        using Tensor logits = randn(5, 7, generator: generator) * 4.0f;
        using Tensor targets = randint(0, 2, new long[] { 3, 7 }, dtype: ScalarType.Float32, generator: generator);
        using Tensor likelihood = LabelVectorLikelihood.FromLogits(logits, targets);
        Assert.Equal(new long[] { 5, 3 }, likelihood.shape);
        for (int c = 0; c < 3; c++)
        {
            using Tensor expanded = targets[c].unsqueeze(0).expand(5, 7);
            using Tensor bce = nn.functional.binary_cross_entropy_with_logits(logits, expanded, reduction: nn.Reduction.None).sum(1);
            using Tensor gap = likelihood.select(1, c).add(bce).abs().max();
            Assert.True(gap.item<float>() < 1e-4, $"target {c}: |log-likelihood + BCE| = {gap.item<float>()}");
        }
    }

    [Fact]
    public void TrainingIsDeterministicPerSeedAndFitsItsTrainingSet()
    {
        var p = new HclParameters(40, 400, 40, 0.5, testSize: 32);
        MultilabelHclDataSet data = MultilabelHclDataSet.Generate(p, 32, 17);
        using MultilabelLogisticRegressionModel a = Train(data, 5);
        using MultilabelLogisticRegressionModel b = Train(data, 5);
        using MultilabelLogisticRegressionModel untrained = new(p.Dimension, 32, 5, CPU);
        Assert.True(TrainedModelTests.Same(a.Weight, b.Weight));
        double before = MultilabelEvaluator.Mean(MultilabelEvaluator.BitErrors(untrained, data.Examples.Training, data.Labels, CPU));
        double after = MultilabelEvaluator.Mean(MultilabelEvaluator.BitErrors(a, data.Examples.Training, data.Labels, CPU));
        // An untrained readout guesses (≈ 1/2); 40 examples in d = 400 are linearly separable, so 50 steps fit them.
        Assert.True(before > 0.3, $"untrained bit error {before}");
        Assert.True(after < 0.05, $"trained bit error {after}");
    }

    [Fact]
    public void BadInputsAreErrorsThatSayWhatToPass()
    {
        Assert.Throws<InvalidParameterException>(() => new MultilabelLogisticRegressionModel(10, 0, 1, CPU));
        using var model = new MultilabelLogisticRegressionModel(10, 4, 1, CPU);
        using Tensor wrong = zeros(3, 9);
        var ex = Assert.Throws<ArgumentException>(() => model.BitProbabilities(wrong));
        Assert.Contains("[batch, 10]", ex.Message);
        using Tensor x = ones(3, 10);
        using Tensor y = zeros(3, dtype: ScalarType.Int64);
        using Tensor singletons = zeros(0, dtype: ScalarType.Int64);
        using Tensor badVectors = zeros(2, 4, dtype: ScalarType.Int64);
        ex = Assert.Throws<ArgumentException>(() => MultilabelLogisticRegressionTrainer.Train(x, y, badVectors, singletons, LogisticRegressionOptions.Published, CPU, 1));
        Assert.Contains("float32", ex.Message);
    }

    private static MultilabelLogisticRegressionModel Train(MultilabelHclDataSet data, long seed)
    {
        using Tensor x = data.Examples.Training.ToTensor(CPU);
        using Tensor j = data.Examples.Training.LabelsTensor(CPU);
        using Tensor vectors = data.Labels.ToTensor(CPU);
        using Tensor singletons = data.Examples.SingletonIndicesTensor(CPU);
        return MultilabelLogisticRegressionTrainer.Train(x, j, vectors, singletons, LogisticRegressionOptions.Published, CPU, seed);
    }
}
