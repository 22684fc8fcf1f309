using BenchmarkDotNet.Attributes;
using Memorization.Claims;
using Memorization.Claims.Measurements.Nsp;
using Memorization.Claims.Presets;
using Memorization.Configuration;
using Memorization.Learners.Sequence;
using Memorization.Randomness;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Benchmarks;

/// <summary>
/// The two unit costs of the NSP experiment's paper tier (claims/experiments/nsp.yaml) on the CPU, 2 LibTorch threads:
/// one training step (a mini-batch of the tier's batch size, forward, backward and Adam) and one forward pass of the
/// model over a batch of the same size, the unit of the attacks (prefix extraction decodes bit by bit, one forward pass
/// over every target string per decoded position); docs/engineering.md#the-nsp-paper-tier-on-a-cpu. Two iterations after
/// one warm-up: the tier's former Transformer took about a minute per training step, and BenchmarkDotNet stops an
/// in-process case after 5 minutes.
/// </summary>
// Attributes that change the default job, not [SimpleJob]: a job of its own would run out of process, where the patched
// native library of this project's output is missing (Program).
[WarmupCount(1)]
[IterationCount(2)]
[InvocationCount(1, 1)]
public class NspPaperBenchmarks
{
    private SequenceModel _model = null!;
    private torch.Tensor _strings = null!;
    private torch.Tensor _batch = null!;
    private long _shuffleSeed;

    [GlobalSetup]
    public void Setup()
    {
        // Two threads: the extrapolation is for "2 cores", as every other CPU time in the README.
        torch.set_num_threads(2);
        ReproRepository repository = ReproRepository.Locate(null, ReproSettings.Load(typeof(NspPaperBenchmarks).Assembly).RepositoryRoot, AppContext.BaseDirectory);
        NspExperimentSetup setup = TaskPresets.Load(repository).NspSetup(Tier.Paper, 123);
        NspDataSet data = NspDataSet.Generate(setup.Parameters, setup.Seed);
        _strings = data.Training.ToTensor(torch.CPU);
        long batchSize = Math.Min(setup.Model.BatchSize ?? _strings.shape[0], _strings.shape[0]);
        _batch = _strings.narrow(0, 0, batchSize);
        // One step per Train call, no checkpoint work: what the benchmark times is the update.
        _model = SequenceModel.Create(setup.Parameters.Length, setup.Model with { Steps = 1, CheckpointEvery = 1, CosineDecay = false },
            SeedDerivation.TorchSeed(setup.Seed, SeedStreams.InitSequence), torch.CPU);
        _shuffleSeed = SeedDerivation.TorchSeed(setup.Seed, SeedStreams.TrainShuffle);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _model.Dispose();
        _strings.Dispose();
    }

    /// <summary>One training step of the paper tier's sequence model (Adam, one batch of the tier's batch size).</summary>
    [Benchmark]
    public int TrainingStep() => SequenceTrainer.Train(_model, _strings, _shuffleSeed).StepLosses.Count;

    /// <summary>One forward pass over a batch of training strings (next-bit probabilities at every position).</summary>
    [Benchmark]
    public long ForwardPass()
    {
        using var noGrad = torch.no_grad();
        using torch.Tensor probabilities = _model.NextBitProbabilities(_batch);
        return probabilities.shape[0];
    }
}
