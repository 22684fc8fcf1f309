using static TorchSharp.torch;

namespace Memorization.Tests.Experiments.Hcl;

/// <summary>
/// A tiny test-only HCL-like generator (docs/tasks.md#hcl), independent of the suite's Tasks/ generator: N clusters,
/// each coordinate fixed with probability ρ to a uniform ±1 value, uniform ±1 elsewhere; labels uniform over
/// the clusters. All draws come from one CPU <see cref="Generator"/> seeded by the caller.
/// </summary>
internal sealed class SyntheticHcl : IDisposable
{
    private readonly Generator _generator;

    private SyntheticHcl(Generator generator, Tensor masks, Tensor values, Tensor inputs, Tensor labels, Tensor singletonIndices, double rho)
    {
        _generator = generator;
        Masks = masks;
        Values = values;
        Inputs = inputs;
        Labels = labels;
        SingletonIndices = singletonIndices;
        Rho = rho;
    }

    /// <summary>[N, d] bool fixed-coordinate masks.</summary>
    public Tensor Masks { get; }

    /// <summary>[N, d] float32 ±1 fixed values (uniform also where unfixed; read only under the mask).</summary>
    public Tensor Values { get; }

    /// <summary>[n, d] float32 ±1 training examples.</summary>
    public Tensor Inputs { get; }

    /// <summary>[n] int64 labels.</summary>
    public Tensor Labels { get; }

    /// <summary>[s] int64 rows whose label occurs exactly once.</summary>
    public Tensor SingletonIndices { get; }

    public double Rho { get; }

    public int LabelCount => (int)Masks.shape[0];

    public int Dimension => (int)Masks.shape[1];

    public static SyntheticHcl Create(int n, int d, int labelCount, double rho, ulong seed)
    {
        var generator = new Generator(seed);
        Tensor masks = rand([labelCount, d], generator: generator).lt(rho);
        Tensor values = Signs([labelCount, d], generator);
        Tensor labels = randint(0, labelCount, [n], dtype: ScalarType.Int64, generator: generator);
        var data = new SyntheticHcl(generator, masks, values, null!, labels, null!, rho);
        Tensor inputs = data.Sample(labels);
        long[] counts = bincount(labels, minlength: labelCount).data<long>().ToArray();
        long[] labelArray = labels.data<long>().ToArray();
        long[] singletons = Enumerable.Range(0, n).Where(i => counts[labelArray[i]] == 1).Select(i => (long)i).ToArray();
        return new SyntheticHcl(generator, masks, values, inputs, labels, tensor(singletons), rho);
    }

    /// <summary>Fresh examples of the given clusters, one per label.</summary>
    public Tensor Sample(Tensor labels)
    {
        using Tensor uniform = Signs([labels.shape[0], Dimension], _generator);
        using Tensor mask = Masks.index_select(0, labels);
        using Tensor value = Values.index_select(0, labels);
        return where(mask, value, uniform);
    }

    /// <summary>Labels of clusters drawn uniformly (a fresh test set).</summary>
    public Tensor UniformLabels(int count) => randint(0, LabelCount, [count], dtype: ScalarType.Int64, generator: _generator);

    public static Tensor Signs(long[] shape, Generator generator)
    {
        using Tensor bits = randint(0, 2, shape, dtype: ScalarType.Float32, generator: generator);
        return bits.mul(2.0).sub_(1.0);
    }

    public void Dispose()
    {
        Masks.Dispose();
        Values.Dispose();
        Inputs.Dispose();
        Labels.Dispose();
        SingletonIndices.Dispose();
        _generator.Dispose();
    }
}
