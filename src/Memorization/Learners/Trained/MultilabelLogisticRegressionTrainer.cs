using static TorchSharp.torch;

namespace Memorization.Learners.Trained;

/// <summary>
/// Trains the multilabel logistic regression (docs/experiments.md#multilabel-logistic-regression) with the published logistic
/// regression's recipe (<see cref="LogisticRegressionOptions"/>): every singleton duplicated once, full-batch SGD with
/// Nesterov momentum at a constant rate, no weight decay. The loss is the mean over examples of −log Pr[y_i | x_i] =
/// Σ_b BCE(z_ib, y_ib): the negative log-likelihood of the label vector, the counterpart of the published NLL of the label
/// (a mean over the n·k bits instead would shrink every step k-fold).
/// </summary>
public static class MultilabelLogisticRegressionTrainer
{
    /// <summary>Builds the model (init from <paramref name="initSeed"/>) and runs <see cref="LogisticRegressionOptions.Steps"/> updates.</summary>
    /// <param name="inputs">[n, d] float32 ±1 training examples.</param>
    /// <param name="subpopulations">[n] int64 subpopulation J_i of each example (rows of <paramref name="labelVectors"/>).</param>
    /// <param name="labelVectors">[N, k] float32 0/1: y_j for every subpopulation; example i is labelled y_{J_i}.</param>
    /// <param name="singletonIndices">[s] int64 rows whose subpopulation has exactly one training example (duplicated once).</param>
    /// <param name="options">Hyperparameters, e.g. <see cref="LogisticRegressionOptions.Published"/>.</param>
    /// <param name="device">Where to train.</param>
    /// <param name="initSeed">Seed of the initialisation, e.g. <c>SeedDerivation.TorchSeed(root, SeedStreams.InitMultilabelLogisticRegression)</c>.</param>
    public static MultilabelLogisticRegressionModel Train(
        Tensor inputs, Tensor subpopulations, Tensor labelVectors, Tensor singletonIndices, LogisticRegressionOptions options, Device device, long initSeed)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(labelVectors);
        options.Validate();
        if (labelVectors.dim() != 2 || labelVectors.dtype != ScalarType.Float32)
        {
            throw new ArgumentException(
                $"labelVectors must be a [N, k] float32 tensor of 0/1, got {labelVectors.dtype} [{string.Join(", ", labelVectors.shape)}].", nameof(labelVectors));
        }
        TrainingInputChecks.Check(inputs, subpopulations, (int)labelVectors.shape[0]);
        var model = new MultilabelLogisticRegressionModel((int)inputs.shape[1], (int)labelVectors.shape[1], initSeed, device);
        // The published duplication, applied to the subpopulation indices; the label vectors follow their rows.
        (Tensor x, Tensor j) = SingletonDuplication.Duplicate(inputs, subpopulations, singletonIndices);
        using (x)
        using (j)
        using (Tensor xs = x.to(device))
        using (Tensor ys = labelVectors.to(device).index_select(0, j.to(device)))
        using (var optimizer = optim.SGD(model.parameters(), options.LearningRate, momentum: options.Momentum, dampening: 0.0, weight_decay: 0.0, nesterov: true))
        {
            model.train();
            double rows = xs.shape[0];
            for (int step = 0; step < options.Steps; step++)
            {
                using var scope = NewDisposeScope();
                optimizer.zero_grad();
                Tensor loss = nn.functional.binary_cross_entropy_with_logits(model.forward(xs), ys, reduction: nn.Reduction.Sum) / rows;
                loss.backward();
                optimizer.step();
            }
        }
        model.eval();
        return model;
    }
}
