using Memorization.Devices;
using Memorization.Experiments.Nsp;
using Memorization.Learners.Sequence;
using Memorization.Randomness;
using Memorization.Tests.Learners.Sequence;
using static TorchSharp.torch;

namespace Memorization.Tests.Experiments.Nsp;

/// <summary>
/// One smoke-preset run of the NSP experiment, shared by the tests of <see cref="NspExperimentTests"/> (training
/// takes most of the folder's time budget, so it runs once): n = N = 64, d = 64, δ = 0.1 (p = 0.05),
/// 512 fresh queries, checkpoints at steps 0, 125 and 250.
/// </summary>
public sealed class NspSmokeRun : IDisposable
{
    public const int Strings = 64;
    public const int Subpopulations = 64;
    public const int Length = 64;
    public const double NoiseRate = 0.05;
    public const ulong RootSeed = 20261129;

    public NspSmokeRun()
    {
        TorchDevices.EnsureLoaded();
        Data = SyntheticNsp.Draw(Strings, Subpopulations, Length, NoiseRate, SeedDerivation.TorchSeed(RootSeed, "data/train"));
        Counts = Data.Counts();

        var queryGenerator = new Generator((ulong)SeedDerivation.TorchSeed(RootSeed, "data/queries"));
        using Tensor querySubpopulations = randint(0, Subpopulations, [512], dtype: int64, generator: queryGenerator);
        Tensor positions = randint(0, Length, [512], dtype: int64, generator: queryGenerator);
        Tensor queries = Data.Fresh(querySubpopulations, SeedDerivation.TorchSeed(RootSeed, "data/queries/noise"));
        Tensor counts = tensor(querySubpopulations.data<long>().ToArray().Select(j => Counts[j]).ToArray());
        Tensor centres = Data.Centres.index_select(0, querySubpopulations);
        _queryTensors = [positions, queries, counts, centres];

        Options = new NspExperimentOptions(SequenceModelOptions.Smoke with { CheckpointEvery = 125 }, RootSeed);
        Inputs = new NspExperimentInputs(Data.Strings, Data.Subpopulations, Data.Centres, NoiseRate, [new NspQuerySet("fresh", queries, positions, counts, centres)]);
        Result = NspExperiment.Run(Inputs, Options, CPU);
    }

    private readonly Tensor[] _queryTensors;

    internal SyntheticNsp Data { get; }

    public long[] Counts { get; }

    public NspExperimentOptions Options { get; }

    public NspExperimentInputs Inputs { get; }

    public NspExperimentResult Result { get; }

    public void Dispose()
    {
        Data.Dispose();
        foreach (Tensor t in _queryTensors)
        {
            t.Dispose();
        }
    }
}
