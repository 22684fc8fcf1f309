using Memorization.Attacks;
using Memorization.Learners;
using Memorization.Learners.Trained;
using Memorization.Tests.Experiments.Hcl;
using Memorization.Tests.Learners.Trained;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Tests.Attacks;

/// <summary>
/// The attacks aimed at a label VECTOR (<see cref="LabelVectorTargetModel"/>) on a multilabel logistic regression built by hand:
/// weight row b = s_b·x*/d with s_b = 2t_b − 1 and bias 0, so log Pr[y = t | x] = k·log σ(x*·x/d) rises strictly with every
/// coordinate that agrees with x*, and the complement t̄ has k·log σ(−x*·x/d), maximised at −x*. Both attacks must return
/// exactly x* and −x* (the 1/d scale keeps the sigmoid out of float32 saturation).
/// </summary>
public class LabelVectorAttackTests
{
    private const int D = 40;
    private const int K = 12;

    [Fact]
    public void SignAttackAndCoordinateAscentRecoverTheExampleThatMaximisesEachTargetVectorsLikelihood()
    {
        (MultilabelLogisticRegressionModel model, Tensor xStar, Tensor targets) = Build(31);
        using (model)
        using (xStar)
        using (targets)
        using (Tensor expected = cat([xStar.unsqueeze(0), xStar.neg().unsqueeze(0)], 0))
        using (Tensor labels = arange(2, dtype: ScalarType.Int64))
        {
            LabelVectorTargetModel view = LabelVectorTargetModel.For(model, targets);
            Assert.IsAssignableFrom<IFirstLayerModel>(view);
            foreach (ILabelModelAttack attack in new ILabelModelAttack[] { new SignAttack(), new SignAttack(shareProbes: false), new CoordinateAscentAttack() })
            {
                using Tensor fast = attack.Reconstruct(view, new AttackTargets(labels), CPU, 5);
                using Tensor generic = attack.Reconstruct(new OpaqueLabelModel(view), new AttackTargets(labels), CPU, 5);
                Assert.True(TrainedModelTests.Same(fast, expected), $"{attack.Name}");
                Assert.True(TrainedModelTests.Same(generic, expected), $"{attack.Name}, generic path");
            }
        }
    }

    [Fact]
    public void TheViewsColumnsAreTheModelsTargetLikelihoods()
    {
        (MultilabelLogisticRegressionModel model, Tensor xStar, Tensor targets) = Build(32);
        using (model)
        using (xStar)
        using (targets)
        using (var generator = new Generator(4))
        using (Tensor x = SyntheticHcl.Signs([6, D], generator))
        {
            LabelVectorTargetModel view = LabelVectorTargetModel.For(model, targets);
            Assert.Equal(2, view.LabelCount);
            using Tensor scores = view.LogProbabilities(x);
            using Tensor expected = model.TargetLogLikelihoods(x, targets);
            using Tensor manual = nn.functional.logsigmoid(x.matmul(xStar) / D) * K;
            Assert.True(TrainedModelTests.Same(scores, expected));
            Assert.True(scores.select(1, 0).sub(manual).abs().max().item<float>() < 1e-4);
        }
    }

    [Fact]
    public void TargetsOfTheWrongWidthAreAnErrorNamingK()
    {
        using var model = new MultilabelLogisticRegressionModel(D, K, 1, CPU);
        using Tensor targets = zeros(2, K + 1);
        var ex = Assert.Throws<ArgumentException>(() => LabelVectorTargetModel.For(model, targets));
        Assert.Contains($"k = {K}", ex.Message);
    }

    private static (MultilabelLogisticRegressionModel Model, Tensor XStar, Tensor Targets) Build(ulong seed)
    {
        using var generator = new Generator(seed);
        Tensor xStar = SyntheticHcl.Signs([D], generator);
        Tensor targets = randint(0, 2, new long[] { K }, dtype: ScalarType.Float32, generator: generator);
        var model = new MultilabelLogisticRegressionModel(D, K, 1, CPU);
        using (no_grad())
        {
            using Tensor signs = targets.mul(2.0f).sub(1.0f);
            model.Weight.copy_(signs.unsqueeze(1).mul(xStar.unsqueeze(0)).div(D));
            model.Bias.zero_();
        }
        Tensor both = stack([targets, targets.neg().add(1.0f)]);
        targets.Dispose();
        return (model, xStar, both);
    }
}
