using Memorization.Randomness;

namespace Memorization.Tasks;

/// <summary>
/// One NSP data set from one root seed (docs/tasks.md#nsp): the centres, the training strings with their
/// subpopulations, counts m_j and singletons, and the fresh, represented and singleton query sets.
/// </summary>
/// <remarks>
/// Streams: <c>instance</c>, <c>train/assign</c>, <c>train/noise</c>, <c>test/{fresh,represented,singletons}/{assign,noise,position}</c>.
/// </remarks>
public sealed class NspDataSet
{
    private NspDataSet(ulong rootSeed, NspInstance instance, NspStrings training, int[] counts, int[] singletons,
        NspQueries fresh, NspQueries represented, NspQueries singletonQueries)
    {
        RootSeed = rootSeed;
        Instance = instance;
        Training = training;
        Counts = counts;
        SingletonIndices = singletons;
        FreshQueries = fresh;
        RepresentedQueries = represented;
        SingletonQueries = singletonQueries;
    }

    /// <summary>The root seed.</summary>
    public ulong RootSeed { get; }

    /// <summary>The parameters.</summary>
    public NspParameters Parameters => Instance.Parameters;

    /// <summary>P: the centres and noise rate.</summary>
    public NspInstance Instance { get; }

    /// <summary>The n training strings with their subpopulations.</summary>
    public NspStrings Training { get; }

    /// <summary>m_j.</summary>
    public IReadOnlyList<int> Counts { get; }

    /// <summary>Indices of the training strings with m_{J_i} = 1, ascending.</summary>
    public IReadOnlyList<int> SingletonIndices { get; }

    /// <summary>The singleton indices as an int64 [|S|] tensor on <paramref name="device"/> (rows of the training tensor).</summary>
    public TorchSharp.torch.Tensor SingletonIndicesTensor(TorchSharp.torch.Device device) => TensorConversion.Int64(SingletonIndices, device);

    /// <summary>m_j as an int64 [N] tensor on <paramref name="device"/>.</summary>
    public TorchSharp.torch.Tensor CountsTensor(TorchSharp.torch.Device device) => TensorConversion.Int64(Counts, device);

    /// <summary>The observed singleton fraction.</summary>
    public double SingletonFraction => (double)SingletonIndices.Count / Training.Rows;

    /// <summary>Queries on fresh strings.</summary>
    public NspQueries FreshQueries { get; }

    /// <summary>Queries on strings of represented subpopulations (m_j ≥ 1).</summary>
    public NspQueries RepresentedQueries { get; }

    /// <summary>Queries on strings of singleton subpopulations (m_j = 1); empty when there is none.</summary>
    public NspQueries SingletonQueries { get; }

    /// <summary>The query set of <paramref name="split"/>.</summary>
    public NspQueries Queries(QuerySplit split) => split switch
    {
        QuerySplit.Fresh => FreshQueries,
        QuerySplit.Represented => RepresentedQueries,
        QuerySplit.Singletons => SingletonQueries,
        _ => throw new ArgumentOutOfRangeException(nameof(split), split, "Unknown split."),
    };

    /// <summary>Generates everything from <paramref name="rootSeed"/>.</summary>
    public static NspDataSet Generate(NspParameters parameters, ulong rootSeed) =>
        Generate(NspInstance.Generate(parameters, rootSeed), rootSeed);

    /// <summary>Generates the training and query sets for a given instance from the data streams of <paramref name="rootSeed"/>.</summary>
    public static NspDataSet Generate(NspInstance instance, ulong rootSeed)
    {
        ArgumentNullException.ThrowIfNull(instance);
        NspParameters p = instance.Parameters;
        NspStrings training = NspStrings.Sample(instance, p.TrainingSize, p.Prior.Sample,
            SeedDerivation.Stream(rootSeed, SeedStreams.TrainAssign), SeedDerivation.Stream(rootSeed, SeedStreams.TrainNoise));
        int[] counts = Singletons.Counts(training.Subpopulations, p.Subpopulations);
        int[] singletons = Singletons.Indices(training.Subpopulations, counts);
        NspQueries Queries(string name, Func<int, bool> include)
        {
            bool any = Enumerable.Range(0, p.Subpopulations).Any(include);
            int rows = any ? p.TestSize : 0;
            Func<Random, int> draw = any ? p.Prior.Restricted(include) : _ => 0;
            NspStrings strings = NspStrings.Sample(instance, rows, draw,
                SeedDerivation.Stream(rootSeed, SeedStreams.TestAssign(name)), SeedDerivation.Stream(rootSeed, SeedStreams.TestNoise(name)));
            Random position = SeedDerivation.Stream(rootSeed, SeedStreams.TestPosition(name));
            int[] positions = Enumerable.Range(0, rows).Select(_ => position.Next(p.Length)).ToArray();
            return new NspQueries(strings, positions);
        }
        return new NspDataSet(rootSeed, instance, training, counts, singletons,
            Queries("fresh", _ => true), Queries("represented", j => counts[j] >= 1), Queries("singletons", j => counts[j] == 1));
    }
}
