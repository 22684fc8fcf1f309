using static TorchSharp.torch;

namespace Memorization.Learners.Trained;

/// <summary>Trains the published logistic regression (docs/experiments.md#logistic-regression) on a tensor-level training set.</summary>
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
    /// <param name="initSeed">Seed of the weight initialisation, e.g. <c>SeedDerivation.TorchSeed(root, <see cref="Memorization.Randomness.SeedStreams.InitLogisticRegression"/>)</c>.</param>
    /// <param name="onCheckpoint">Called at step 0, every <see cref="LogisticRegressionOptions.CheckpointEvery"/> updates and at the end.</param>
    public static LogisticRegressionModel Train(
        Tensor inputs, Tensor labels, Tensor singletonIndices, int labelCount, LogisticRegressionOptions options,
        Device device, long initSeed, Action<TrainingCheckpoint>? onCheckpoint = null)
    {
        var model = new LogisticRegressionModel(CheckedDimension(inputs, labels, labelCount, options), labelCount, initSeed, device);
        return Fit(model, inputs, labels, singletonIndices, options, onCheckpoint);
    }

    /// <summary>
    /// Trains a <see cref="LowRankLogisticRegressionModel"/> of rank <paramref name="rank"/> exactly as <see cref="Train"/> trains
    /// the full one (same duplication, optimiser and schedule): the capacity-limited model of the SIZE claim.
    /// </summary>
    /// <param name="inputs">[n, d] float32 ±1 training examples.</param>
    /// <param name="labels">[n] int64 labels.</param>
    /// <param name="singletonIndices">[s] int64 singleton rows (duplicated once).</param>
    /// <param name="labelCount">N.</param>
    /// <param name="rank">r ≥ 1, the bottleneck width.</param>
    /// <param name="options">Hyperparameters, e.g. <see cref="LogisticRegressionOptions.Published"/>.</param>
    /// <param name="device">Where to train.</param>
    /// <param name="initSeed">Seed of the initialisation, e.g. <c>SeedDerivation.TorchSeed(root, <see cref="Memorization.Randomness.SeedStreams.InitLowRankLogisticRegression"/>(4))</c>.</param>
    /// <param name="onCheckpoint">Called at step 0, every <see cref="LogisticRegressionOptions.CheckpointEvery"/> updates and at the end.</param>
    public static LowRankLogisticRegressionModel TrainLowRank(
        Tensor inputs, Tensor labels, Tensor singletonIndices, int labelCount, int rank, LogisticRegressionOptions options,
        Device device, long initSeed, Action<TrainingCheckpoint>? onCheckpoint = null)
    {
        var model = new LowRankLogisticRegressionModel(CheckedDimension(inputs, labels, labelCount, options), rank, labelCount, initSeed, device);
        return Fit(model, inputs, labels, singletonIndices, options, onCheckpoint);
    }

    private static int CheckedDimension(Tensor inputs, Tensor labels, int labelCount, LogisticRegressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        TrainingInputChecks.Check(inputs, labels, labelCount);
        return (int)inputs.shape[1];
    }

    // The published recipe for any model: singletons duplicated once, full-batch Nesterov SGD at a constant rate.
    private static TModel Fit<TModel>(
        TModel model, Tensor inputs, Tensor labels, Tensor singletonIndices, LogisticRegressionOptions options, Action<TrainingCheckpoint>? onCheckpoint)
        where TModel : TrainedLabelModel
    {
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
