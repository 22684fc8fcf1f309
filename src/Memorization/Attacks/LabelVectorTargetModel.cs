using Memorization.Learners;
using static TorchSharp.torch;

namespace Memorization.Attacks;

/// <summary>
/// Turns a multilabel model and t target label vectors into an <see cref="ILabelModel"/> with t "labels", column c being
/// the model's log-likelihood of target c's vector, log Pr[y = t_c | x] (docs/attacks.md#multilabel-attacks). The existing
/// attacks read only each target's own column (<see cref="SignAttack"/>: the score at x_i = +1 against x_i = −1;
/// <see cref="CoordinateAscentAttack"/>: flip a bit when the score rises), so with <c>AttackTargets(arange(t))</c> they
/// attack a label VECTOR unchanged: their objective becomes the likelihood of the target example's label vector.
/// </summary>
/// <remarks>
/// The columns are not normalised over the targets (they are likelihoods of different vectors, not a distribution over
/// them): nothing in the attacks compares two columns. Use <see cref="For"/>, which picks the linear fast path when the
/// model is the multilabel logistic regression.
/// </remarks>
public class LabelVectorTargetModel : ILabelModel
{
    /// <summary>Wraps <paramref name="model"/> with <paramref name="targets"/> ([t, k] float32 0/1; kept, not copied).</summary>
    protected LabelVectorTargetModel(IMultilabelModel model, Tensor targets)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.dim() != 2 || targets.shape[1] != model.LabelBits || targets.shape[0] < 1)
        {
            throw new ArgumentException(
                $"targets must be a [t ≥ 1, k = {model.LabelBits}] tensor of 0/1 label vectors, got [{string.Join(", ", targets.shape)}].", nameof(targets));
        }
        Model = model;
        Targets = targets;
    }

    /// <summary>The attacked model.</summary>
    public IMultilabelModel Model { get; }

    /// <summary>[t, k] the target label vectors, column c of the scores being target c's.</summary>
    public Tensor Targets { get; }

    /// <inheritdoc/>
    public string Name => $"{Model.Name}/label-vector-likelihood";

    /// <inheritdoc/>
    public long ParameterBits => Model.ParameterBits;

    /// <inheritdoc/>
    public int InputDimension => Model.InputDimension;

    /// <summary>t: target c is "label" c.</summary>
    public int LabelCount => (int)Targets.shape[0];

    /// <summary>The attack's view: the adapter for <paramref name="model"/>, linear (fast coordinate ascent) when it can be.</summary>
    public static LabelVectorTargetModel For(IMultilabelModel model, Tensor targets) =>
        model is Learners.Trained.MultilabelLogisticRegressionModel linear
            ? new LinearLabelVectorTargetModel(linear, targets)
            : new LabelVectorTargetModel(model, targets);

    /// <summary>[batch, t]: log Pr[y = t_c | x] for every target c.</summary>
    public Tensor LogProbabilities(Tensor inputs) => Model.TargetLogLikelihoods(inputs, Targets);
}
