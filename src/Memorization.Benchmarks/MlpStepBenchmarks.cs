using BenchmarkDotNet.Attributes;
using Memorization.Learners.Trained;
using Memorization.Randomness;
using Memorization.Tasks;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Benchmarks;

/// <summary>
/// The published MLP's full-batch update at the paper shapes (n = N = 500, d = 1000, H = 1500), 2 LibTorch threads, cut
/// into its parts the way <c>FullBatchTrainer</c> runs them: forward with the loss, backward, the Nesterov-SGD step,
/// zeroing the gradients, and the whole update. `repro bench hcl` times only the whole update against PyTorch; this says
/// where the time outside the five matrix products goes (README, "Performance").
/// </summary>
public class MlpStepBenchmarks
{
    private MlpModel _model = null!;
    private optim.Optimizer _optimizer = null!;
    private Tensor _x = null!;
    private Tensor _y = null!;

    [GlobalSetup]
    public void Setup()
    {
        torch.set_num_threads(2);
        HclDataSet data = HclDataSet.Generate(HclParameters.Paper, 123);
        _x = data.Training.ToTensor(CPU);
        _y = data.Training.LabelsTensor(CPU);
        MlpOptions options = MlpOptions.Published;
        _model = new MlpModel((int)_x.shape[1], options.HiddenWidth, data.Parameters.Subpopulations, SeedDerivation.TorchSeed(123, SeedStreams.InitMlp), CPU);
        _model.train();
        _optimizer = optim.SGD(_model.parameters(), options.LearningRate, momentum: options.Momentum, dampening: 0.0, weight_decay: 0.0, nesterov: true);
        Update(); // the momentum buffers exist from the first step on
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _optimizer.Dispose();
        _model.Dispose();
        _x.Dispose();
        _y.Dispose();
    }

    /// <summary>One whole update, as the trainer runs it.</summary>
    [Benchmark(Baseline = true)]
    public void Update()
    {
        using var scope = NewDisposeScope();
        _optimizer.zero_grad();
        Tensor loss = nn.functional.nll_loss(_model.forward(_x), _y);
        loss.backward();
        _optimizer.step();
    }

    /// <summary>Forward pass and loss only (no graph kept).</summary>
    [Benchmark]
    public float ForwardWithLoss()
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        return nn.functional.nll_loss(_model.forward(_x), _y).item<float>();
    }

    /// <summary>Forward, loss and backward (the gradients accumulate; their values do not matter here).</summary>
    [Benchmark]
    public void ForwardBackward()
    {
        using var scope = NewDisposeScope();
        nn.functional.nll_loss(_model.forward(_x), _y).backward();
    }

    /// <summary>The optimiser's step alone, on the gradients left by the last backward.</summary>
    [Benchmark]
    public void OptimizerStep() => _optimizer.step();

    /// <summary>Zeroing the gradients alone.</summary>
    [Benchmark]
    public void ZeroGrad() => _optimizer.zero_grad();
}
