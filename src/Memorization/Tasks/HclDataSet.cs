using Memorization.Randomness;

namespace Memorization.Tasks;

/// <summary>
/// One HCL data set from one root seed (docs/tasks.md#hcl, docs/tasks.md#query-sets): the instance P, the training set with its
/// subpopulation counts m_j and singletons, and the fresh, represented and singleton test sets.
/// </summary>
/// <remarks>
/// Streams (derived by name from the root seed, so one never shifts another): <c>instance</c>,
/// <c>train/assign</c>, <c>train/examples</c>, <c>test/{fresh,represented,singletons}/{assign,examples}</c>.
/// Generated in C#: identical on every device.
/// </remarks>
public sealed class HclDataSet
{
    private HclDataSet(ulong rootSeed, HclInstance instance, HclExamples training, int[] counts, int[] singletons,
        HclExamples fresh, HclExamples represented, HclExamples singletonTest)
    {
        RootSeed = rootSeed;
        Instance = instance;
        Training = training;
        Counts = counts;
        SingletonIndices = singletons;
        FreshTest = fresh;
        RepresentedTest = represented;
        SingletonTest = singletonTest;
    }

    /// <summary>The root seed.</summary>
    public ulong RootSeed { get; }

    /// <summary>The parameters.</summary>
    public HclParameters Parameters => Instance.Parameters;

    /// <summary>P: fixed masks and values.</summary>
    public HclInstance Instance { get; }

    /// <summary>The n training examples with their labels J_i.</summary>
    public HclExamples Training { get; }

    /// <summary>m_j, the number of training examples of subpopulation j.</summary>
    public IReadOnlyList<int> Counts { get; }

    /// <summary>Indices i of the training examples with m_{J_i} = 1, ascending.</summary>
    public IReadOnlyList<int> SingletonIndices { get; }

    /// <summary>The singleton indices as an int64 [|S|] tensor on <paramref name="device"/> (rows of the training tensor).</summary>
    public TorchSharp.torch.Tensor SingletonIndicesTensor(TorchSharp.torch.Device device) => TensorConversion.Int64(SingletonIndices, device);

    /// <summary>m_j as an int64 [N] tensor on <paramref name="device"/>.</summary>
    public TorchSharp.torch.Tensor CountsTensor(TorchSharp.torch.Device device) => TensorConversion.Int64(Counts, device);

    /// <summary>The observed singleton fraction |singletons| / n.</summary>
    public double SingletonFraction => (double)SingletonIndices.Count / Training.Rows;

    /// <summary>Fresh i.i.d. examples of P.</summary>
    public HclExamples FreshTest { get; }

    /// <summary>Examples of subpopulations with m_j ≥ 1 (J from w restricted to them).</summary>
    public HclExamples RepresentedTest { get; }

    /// <summary>Examples of subpopulations with m_j = 1 (J from w restricted to them); empty when there is no singleton.</summary>
    public HclExamples SingletonTest { get; }

    /// <summary>The test set of <paramref name="split"/>.</summary>
    public HclExamples Test(QuerySplit split) => split switch
    {
        QuerySplit.Fresh => FreshTest,
        QuerySplit.Represented => RepresentedTest,
        QuerySplit.Singletons => SingletonTest,
        _ => throw new ArgumentOutOfRangeException(nameof(split), split, "Unknown split."),
    };

    /// <summary>Generates the instance, training set and test sets from <paramref name="rootSeed"/>.</summary>
    public static HclDataSet Generate(HclParameters parameters, ulong rootSeed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        HclInstance instance = HclInstance.Generate(parameters, rootSeed);
        return Generate(instance, rootSeed);
    }

    /// <summary>Generates the training and test sets for a given instance, from the data streams of <paramref name="rootSeed"/>.</summary>
    public static HclDataSet Generate(HclInstance instance, ulong rootSeed)
    {
        ArgumentNullException.ThrowIfNull(instance);
        HclParameters p = instance.Parameters;
        HclExamples training = HclExamples.Sample(instance, p.TrainingSize, p.Prior.Sample,
            SeedDerivation.Stream(rootSeed, SeedStreams.TrainAssign), SeedDerivation.Stream(rootSeed, SeedStreams.TrainExamples));
        int[] counts = Singletons.Counts(training.Labels, p.Subpopulations);
        int[] singletons = Singletons.Indices(training.Labels, counts);
        HclExamples Test(string name, Func<int, bool> include)
        {
            bool any = Enumerable.Range(0, p.Subpopulations).Any(include);
            int rows = any ? p.TestSize : 0;
            Func<Random, int> draw = any ? p.Prior.Restricted(include) : _ => 0;
            return HclExamples.Sample(instance, rows, draw,
                SeedDerivation.Stream(rootSeed, SeedStreams.TestAssign(name)), SeedDerivation.Stream(rootSeed, SeedStreams.TestExamples(name)));
        }
        return new HclDataSet(rootSeed, instance, training, counts, singletons,
            Test("fresh", _ => true), Test("represented", j => counts[j] >= 1), Test("singletons", j => counts[j] == 1));
    }
}
