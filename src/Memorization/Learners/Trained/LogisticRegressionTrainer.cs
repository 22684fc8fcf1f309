using static TorchSharp.torch;

namespace Memorization.Learners.Trained;

/// <summary>Trains the published logistic regression (PAPER.md §5) on a tensor-level training set.</summary>
public static class LogisticRegressionTrainer
{
    /// <summary>
    /// Builds a <see cref="LogisticRegressionModel"/> (init from <paramref name="initSeed"/>), duplicates every singleton
    /// once, and runs <see cref="LogisticRegressionOptions.Steps"/> full-batch Nesterov-SGD updates on the mean NLL.
    /// </summary>
    /// <param name="inputs">[n, d] float32 ±1 training examples (any device).</param>
    /// <param name="labels">[n] int64 labels in [0, <paramref name="labelCount"/>).</param>
    /// <param name="singletonIndices">[s] int64 rows whose subpopulation has exactly one training example.</param>
    /// <param name="labelCount">N.</param>
    /// <param name="options">Hyperparameters, e.g. <see cref="LogisticRegressionOptions.Published"/>.</param>
    /// <param name="device">Where to train.</param>
    /// <param name="initSeed">Seed of the weight initialisation, e.g. <c>SeedDerivation.TorchSeed(root, "init/logistic-regression")</c>.</param>
    /// <param name="onCheckpoint">Called at step 0, every <see cref="LogisticRegressionOptions.CheckpointEvery"/> updates and at the end.</param>
    public static LogisticRegressionModel Train(
        Tensor inputs, Tensor labels, Tensor singletonIndices, int labelCount, LogisticRegressionOptions options,
        Device device, long initSeed, Action<TrainingCheckpoint>? onCheckpoint = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        TrainingInputChecks.Check(inputs, labels);
        TrainingInputChecks.CheckLabels(labels, labelCount);
        var model = new LogisticRegressionModel((int)inputs.shape[1], labelCount, initSeed, device);
        (Tensor x, Tensor y) = SingletonDuplication.Duplicate(inputs, labels, singletonIndices);
        using (x)
        using (y)
        using (var optimizer = FullBatchTrainer.CreateOptimizer(model, options.LearningRate, options.Momentum))
        {
            FullBatchTrainer.Run(model, x, y, optimizer, options.Steps, options.CheckpointEvery, _ => options.LearningRate, onCheckpoint);
        }
        model.eval();
        return model;
    }
}
