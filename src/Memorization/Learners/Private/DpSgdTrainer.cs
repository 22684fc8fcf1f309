using System.Diagnostics;
using Memorization.Learners.Trained;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Learners.Private;

/// <summary>
/// DP-SGD (Abadi et al. 2016) for the models of Learners/Trained (docs/bounds.md#differential-privacy, docs/claims.md#dp): per step, a Poisson batch
/// (rate q), per-example gradients clipped to norm C (<see cref="PerExampleClipping"/>), the clipped sum plus N(0, σ²C²)
/// per coordinate divided by the expected batch size q·n, then an SGD step with optional Nesterov momentum:
/// <code>
/// g̃ = (Σ_{i∈B} cᵢ∇ℓᵢ + N(0, σ²C²I)) / (q·n),   v ← μv + g̃,   θ ← θ − η(g̃ + μv)  (μ &gt; 0; θ ← θ − ηg̃ when μ = 0)
/// </code>
/// The batch and the noise come from two CPU <c>torch.Generator</c>s seeded by the caller (streams named by the caller,
/// e.g. <c>dp/eps8/sampling</c> and <c>dp/eps8/noise</c>) and are moved to the device afterwards, so a run is
/// reproducible and the draws do not depend on the device. Trains on the original training set: duplicating an
/// example (as the published non-private logistic regression does with singletons) would double its sensitivity.
/// </summary>
public static class DpSgdTrainer
{
    /// <summary>Builds a <see cref="LogisticRegressionModel"/> from <paramref name="initSeed"/> and trains it with DP-SGD.</summary>
    public static DpSgdResult TrainLogisticRegression(
        Tensor inputs, Tensor labels, int labelCount, DpSgdOptions options, Device device, long initSeed, long samplingSeed, long noiseSeed)
    {
        Check(inputs, labels, labelCount, options);
        var model = new LogisticRegressionModel((int)inputs.shape[1], labelCount, initSeed, device);
        return Train(model, inputs, labels, options, samplingSeed, noiseSeed);
    }

    /// <summary>Builds an <see cref="MlpModel"/> of hidden width <paramref name="hiddenWidth"/> from <paramref name="initSeed"/> and trains it with DP-SGD.</summary>
    public static DpSgdResult TrainMlp(
        Tensor inputs, Tensor labels, int labelCount, int hiddenWidth, DpSgdOptions options, Device device, long initSeed, long samplingSeed, long noiseSeed)
    {
        Check(inputs, labels, labelCount, options);
        var model = new MlpModel((int)inputs.shape[1], hiddenWidth, labelCount, initSeed, device);
        return Train(model, inputs, labels, options, samplingSeed, noiseSeed);
    }

    private static void Check(Tensor inputs, Tensor labels, int labelCount, DpSgdOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        TrainingInputChecks.Check(inputs, labels, labelCount);
    }

    private static DpSgdResult Train(TrainedLabelModel model, Tensor inputs, Tensor labels, DpSgdOptions options, long samplingSeed, long noiseSeed)
    {
        var watch = Stopwatch.StartNew();
        Device device = model.Device;
        long n = inputs.shape[0];
        double expectedBatch = options.SamplingRate * n;
        double noiseStd = options.NoiseMultiplier * options.ClipNorm;
        Tensor[] parameters = model.parameters().ToArray();
        var velocity = parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        long sampled = 0;
        using var sampling = new Generator(unchecked((ulong)samplingSeed));
        using var noise = new Generator(unchecked((ulong)noiseSeed));
        using Tensor x = inputs.to(device);
        using Tensor y = labels.to(device);
        model.train();
        try
        {
            for (int step = 0; step < options.Steps; step++)
            {
                using var scope = NewDisposeScope();
                Tensor? rows = null;
                if (options.SamplingRate < 1.0)
                {
                    Tensor keep = rand(n, generator: sampling).lt(options.SamplingRate);
                    rows = keep.nonzero().squeeze(1).to(device);
                }
                long batch = rows is null ? n : rows.shape[0];
                sampled += batch;
                IReadOnlyList<Tensor>? sums = null;
                if (batch > 0)
                {
                    Tensor bx = rows is null ? x : x.index_select(0, rows);
                    Tensor by = rows is null ? y : y.index_select(0, rows);
                    sums = PerExampleClipping.Compute(model, bx, by, options.ClipNorm).Sums;
                }
                using (no_grad())
                {
                    for (int k = 0; k < parameters.Length; k++)
                    {
                        Tensor p = parameters[k];
                        Tensor g = sums is null ? zeros_like(p) : sums[k];
                        if (noiseStd > 0.0)
                        {
                            g = g.add(randn(p.shape, dtype: p.dtype, generator: noise).mul(noiseStd).to(device));
                        }
                        g = g.div(expectedBatch);
                        if (options.Momentum > 0.0)
                        {
                            velocity[k].mul_(options.Momentum).add_(g);
                            g = g.add(velocity[k], alpha: options.Momentum);
                        }
                        p.sub_(g.mul(options.LearningRate));
                    }
                }
            }
        }
        finally
        {
            foreach (Tensor v in velocity)
            {
                v.Dispose();
            }
        }
        model.eval();
        return new DpSgdResult(model, options, (double)sampled / options.Steps, watch.Elapsed);
    }
}
