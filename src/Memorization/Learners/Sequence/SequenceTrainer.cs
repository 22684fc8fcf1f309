using System.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Learners.Sequence;

/// <summary>
/// Trains a <see cref="SequenceModel"/> with the language-model objective
/// L = −(1/(n·d)) Σᵢ Σₜ [x_it log σ(ℓ_it) + (1 − x_it) log(1 − σ(ℓ_it))] (binary cross-entropy of every
/// position of every training string, docs/tasks.md#nsp) and Adam.
/// </summary>
/// <remarks>
/// Full batch by default (<see cref="SequenceModelOptions.BatchSize"/> = null): the smoke instances are
/// tiny (n·d ≤ 16 384 bits), a full batch is as fast per epoch as mini-batches on a CPU, its loss curve
/// is monotone enough to read, and it needs no shuffling randomness. Mini-batches (the Paper preset)
/// draw each epoch's permutation from a <c>torch.Generator</c> seeded by the caller. Every step runs in
/// its own dispose scope.
/// </remarks>
public static class SequenceTrainer
{
    /// <summary>
    /// Trains <paramref name="model"/> in place on <paramref name="strings"/> ([n, d] float32 bits) for
    /// <c>model.Options.Steps</c> steps; calls <paramref name="onCheckpoint"/> at step 0, every
    /// <c>CheckpointEvery</c> steps, and after the last step.
    /// </summary>
    /// <param name="model">The model to train.</param>
    /// <param name="strings">The training set X, one string per row.</param>
    /// <param name="shuffleSeed">Seed of the mini-batch order and of the context flips of <see cref="SequenceModelOptions.InputNoiseRate"/> (derive it with <c>SeedDerivation.TorchSeed(root, <see cref="Memorization.Randomness.SeedStreams.TrainShuffle"/>)</c>); unused for full batch without flips.</param>
    /// <param name="onCheckpoint">Called at checkpoints; may evaluate or attack the model.</param>
    /// <param name="onStep">Told each step's number after its update (progress of long runs); listening changes no result.</param>
    public static SequenceTrainingResult Train(SequenceModel model, Tensor strings, long shuffleSeed, Action<SequenceCheckpoint>? onCheckpoint = null,
        Action<int>? onStep = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        NspTensorChecks.RequireStrings(strings, model.Length, nameof(strings));
        SequenceModelOptions options = model.Options;
        long n = strings.shape[0];
        if (n == 0)
        {
            throw new ArgumentException("strings holds no training string; pass at least one row.", nameof(strings));
        }

        var clock = Stopwatch.StartNew();
        var losses = new List<double>(options.Steps);
        using var runScope = NewDisposeScope();
        Tensor data = strings.to(model.Device).detach();
        long batchSize = Math.Min(options.BatchSize ?? n, n);
        var shuffle = new Generator((ulong)shuffleSeed);
        Tensor? order = null;
        long cursor = n;

        using var optimizer = optim.Adam(model.Network.parameters(), lr: options.LearningRate);
        // η_t = η·(1 + cos(π·t/T))/2 after step t when annealed (CosineDecay), constant otherwise.
        optim.lr_scheduler.LRScheduler? schedule = options.CosineDecay ? optim.lr_scheduler.CosineAnnealingLR(optimizer, options.Steps) : null;
        model.Network.train();
        try
        {
            onCheckpoint?.Invoke(new SequenceCheckpoint(0, double.NaN, model));
            for (int step = 1; step <= options.Steps; step++)
            {
                if (batchSize < n && cursor + batchSize > n)
                {
                    order?.Dispose();
                    order = randperm(n, generator: shuffle).to(model.Device).DetachFromDisposeScope();
                    cursor = 0;
                }
                double loss;
                using (NewDisposeScope())
                {
                    Tensor batch = batchSize < n ? data.index_select(0, order!.narrow(0, cursor, batchSize)) : data;
                    Tensor context = options.InputNoiseRate > 0.0 ? FlipBits(batch, options.InputNoiseRate, shuffle) : batch;
                    optimizer.zero_grad();
                    Tensor batchLoss = nn.functional.binary_cross_entropy_with_logits(model.Logits(context), batch);
                    batchLoss.backward();
                    optimizer.step();
                    loss = batchLoss.item<float>();
                }
                schedule?.step();
                cursor += batchSize;
                losses.Add(loss);
                onStep?.Invoke(step);
                if (step % options.CheckpointEvery == 0 || step == options.Steps)
                {
                    model.Network.eval();
                    onCheckpoint?.Invoke(new SequenceCheckpoint(step, loss, model));
                    model.Network.train();
                }
            }
        }
        finally
        {
            order?.Dispose();
            model.Network.eval();
        }
        return new SequenceTrainingResult(losses, clock.Elapsed);
    }

    /// <summary>Each bit of <paramref name="strings"/> flipped independently with probability <paramref name="rate"/> (draws on the CPU from <paramref name="generator"/>).</summary>
    private static Tensor FlipBits(Tensor strings, double rate, Generator generator)
    {
        Tensor flips = bernoulli(full(strings.shape, rate, dtype: float32), generator).to(strings.device);
        return (strings + flips).remainder(2.0);
    }

    /// <summary>
    /// Mean cross-entropy per bit of each string under <paramref name="model"/>, in bits:
    /// L(x) = −(1/d) Σₜ log₂ Pr[z_t = x_t | x_&lt;t]. Memorizing a string means L(x) &lt; h(p).
    /// </summary>
    public static double[] PerStringLossBits(INextBitModel model, Tensor strings)
    {
        ArgumentNullException.ThrowIfNull(model);
        NspTensorChecks.RequireStrings(strings, model.Length, nameof(strings));
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        Tensor probabilities = model.NextBitProbabilities(strings).to(float64).clamp(1e-12, 1.0 - 1e-12);
        Tensor x = strings.to(probabilities.device).to(float64);
        Tensor logLikelihood = x * probabilities.log2() + (1.0 - x) * (1.0 - probabilities).log2();
        return (-logLikelihood.mean([1])).cpu().data<double>().ToArray();
    }
}
