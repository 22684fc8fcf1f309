using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Learners.Trained;

/// <summary>
/// The training loop of both published models: full-batch SGD on the mean NLL, with a dispose scope per update
/// and a checkpoint callback at step 0, after every k-th update and after the last one.
/// </summary>
internal static class FullBatchTrainer
{
    /// <summary>SGD with Nesterov momentum μ, dampening 0 and no weight decay (TorchSharp requires dampening 0 for Nesterov).</summary>
    public static TorchSharp.Modules.SGD CreateOptimizer(TrainedLabelModel model, double learningRate, double momentum) =>
        optim.SGD(model.parameters(), learningRate, momentum: momentum, dampening: 0.0, weight_decay: 0.0, nesterov: true);

    public static void Run(
        TrainedLabelModel model,
        Tensor inputs,
        Tensor labels,
        TorchSharp.Modules.SGD optimizer,
        int steps,
        int checkpointEvery,
        Func<int, double> learningRateAt,
        Action<TrainingCheckpoint>? onCheckpoint)
    {
        using Tensor x = inputs.to(model.Device);
        using Tensor y = labels.to(model.Device);
        model.train();
        Checkpoint(model, x, y, 0, onCheckpoint);
        for (int step = 0; step < steps; step++)
        {
            SetLearningRate(optimizer, learningRateAt(step));
            using (NewDisposeScope())
            {
                optimizer.zero_grad();
                Tensor logProbabilities = model.forward(x);
                Tensor loss = nn.functional.nll_loss(logProbabilities, y);
                loss.backward();
                optimizer.step();
            }
            int done = step + 1;
            if (done % checkpointEvery == 0 || done == steps)
            {
                Checkpoint(model, x, y, done, onCheckpoint);
            }
        }
    }

    private static void SetLearningRate(TorchSharp.Modules.SGD optimizer, double learningRate)
    {
        foreach (var group in optimizer.ParamGroups)
        {
            if (group.LearningRate != learningRate)
            {
                group.LearningRate = learningRate;
            }
        }
    }

    private static void Checkpoint(TrainedLabelModel model, Tensor x, Tensor y, int step, Action<TrainingCheckpoint>? onCheckpoint)
    {
        if (onCheckpoint is null)
        {
            return;
        }
        double loss;
        model.eval();
        using (no_grad())
        using (NewDisposeScope())
        {
            loss = nn.functional.nll_loss(model.forward(x), y).item<float>();
        }
        onCheckpoint(new TrainingCheckpoint(step, loss, model));
        model.train();
    }
}
