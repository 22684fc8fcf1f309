using static TorchSharp.torch;

namespace Memorization.Tests.Learners.Sequence;

/// <summary>
/// A tiny test-only next-symbol-prediction instance (docs/tasks.md#nsp), independent of the suite's own data
/// generator: centres c_j uniform in {0,1}^d, J_i uniform in [N], x_i = c_{J_i} ⊕ e_i with e ~ Bernoulli(p)^d.
/// </summary>
internal sealed record SyntheticNsp(Tensor Strings, Tensor Subpopulations, Tensor Centres, double NoiseRate) : IDisposable
{
    public int Length => (int)Strings.shape[1];

    /// <summary>m_j: how many training strings each subpopulation has.</summary>
    public long[] Counts()
    {
        long[] counts = new long[Centres.shape[0]];
        foreach (long j in Subpopulations.data<long>())
        {
            counts[j]++;
        }
        return counts;
    }

    /// <summary>Indices of the training strings whose subpopulation count m_j satisfies <paramref name="countFilter"/>.</summary>
    public long[] TrainingIndices(Func<long, bool> countFilter)
    {
        long[] counts = Counts();
        long[] subpopulations = Subpopulations.data<long>().ToArray();
        return Enumerable.Range(0, subpopulations.Length).Where(i => countFilter(counts[subpopulations[i]])).Select(i => (long)i).ToArray();
    }

    public static SyntheticNsp Draw(int n, int subpopulationCount, int length, double noiseRate, long seed)
    {
        var generator = new Generator((ulong)seed);
        Tensor centres = bernoulli(full(subpopulationCount, length, 0.5, dtype: float32), generator);
        Tensor subpopulations = randint(0, subpopulationCount, [n], dtype: int64, generator: generator);
        using Tensor noise = bernoulli(full(n, length, noiseRate, dtype: float32), generator);
        using Tensor chosen = centres.index_select(0, subpopulations);
        Tensor strings = (chosen + noise).remainder(2.0);
        return new SyntheticNsp(strings, subpopulations, centres, noiseRate);
    }

    /// <summary>Fresh strings c_j ⊕ e' of the given subpopulations (never seen in training).</summary>
    public Tensor Fresh(Tensor subpopulations, long seed)
    {
        var generator = new Generator((ulong)seed);
        using Tensor chosen = Centres.index_select(0, subpopulations);
        using Tensor noise = bernoulli(full(subpopulations.shape[0], Length, NoiseRate, dtype: float32), generator);
        return (chosen + noise).remainder(2.0);
    }

    public void Dispose()
    {
        Strings.Dispose();
        Subpopulations.Dispose();
        Centres.Dispose();
    }
}
