using Memorization.Learners;
using Memorization.Learners.Trained;
using static TorchSharp.torch;

namespace Memorization.Attacks;

/// <summary>
/// <see cref="LabelVectorTargetModel"/> of the multilabel logistic regression: its input enters only through z = Wx + b, so
/// it is an <see cref="IFirstLayerModel"/> and coordinate ascent updates z incrementally (flipping x_i changes z by −2·x_i·W[:, i]).
/// </summary>
internal sealed class LinearLabelVectorTargetModel(MultilabelLogisticRegressionModel model, Tensor targets)
    : LabelVectorTargetModel(model, targets), IFirstLayerModel
{
    public Tensor FirstWeight => model.Weight;

    public Tensor FirstBias => model.Bias;

    public Tensor FromPreActivation(Tensor preActivation) => LabelVectorLikelihood.FromLogits(preActivation, Targets);
}
