using static TorchSharp.torch;

namespace Memorization.Learners.Trained;

/// <summary>Trains the published MLP (docs/experiments.md#mlp) on the original (not duplicated) training set.</summary>
public static class MlpTrainer
{
    /// <summary>
    /// Builds an <see cref="MlpModel"/> (init from <paramref name="initSeed"/>) and runs <see cref="MlpOptions.Steps"/>
    /// full-batch Nesterov-SGD updates on the mean NLL, η × <see cref="MlpOptions.DecayFactor"/> from update
    /// <see cref="MlpOptions.DecayAfterStep"/> on.
    /// </summary>
    /// <param name="inputs">[n, d] float32 ±1 training examples (any device).</param>
    /// <param name="labels">[n] int64 labels in [0, <paramref name="labelCount"/>).</param>
    /// <param name="labelCount">N.</param>
    /// <param name="options">Hyperparameters, e.g. <see cref="MlpOptions.Published"/>.</param>
    /// <param name="device">Where to train.</param>
    /// <param name="initSeed">Seed of the weight initialisation, e.g. <c>SeedDerivation.TorchSeed(root, <see cref="Memorization.Randomness.SeedStreams.InitMlp"/>)</c>.</param>
    /// <param name="onCheckpoint">Called at step 0, every <see cref="MlpOptions.CheckpointEvery"/> updates and at the end.</param>
    public static MlpModel Train(
        Tensor inputs, Tensor labels, int labelCount, MlpOptions options, Device device, long initSeed,
        Action<TrainingCheckpoint>? onCheckpoint = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        TrainingInputChecks.Check(inputs, labels, labelCount);
        var model = new MlpModel((int)inputs.shape[1], options.HiddenWidth, labelCount, initSeed, device);
        using (var optimizer = FullBatchTrainer.CreateOptimizer(model, options.LearningRate, options.Momentum))
        {
            FullBatchTrainer.Run(model, inputs, labels, optimizer, options.Steps, options.CheckpointEvery, options.LearningRateAt, onCheckpoint);
        }
        model.eval();
        return model;
    }
}
