using BenchmarkDotNet.Attributes;
using Memorization.Claims;
using Memorization.Claims.Presets;
using Memorization.Configuration;
using Memorization.Information;
using Memorization.Learners.Bayes;
using Memorization.Tasks;
using TorchSharp;
using Memorization.Experiments.Exact;

namespace Memorization.Benchmarks;

/// <summary>
/// Paper-scale data generation and Bayes-optimal prediction (docs/tasks.md#hcl, docs/bayes-optimal.md), and exact information on the largest
/// tiny preset (§4). CPU only, one TorchSharp thread.
/// </summary>
[MemoryDiagnoser]
public class TaskBenchmarks
{
    private HclDataSet _hcl = null!;
    private HclBayesOptimal _bayes = null!;
    private torch.Tensor _queries = null!;
    private NspDataSet _nsp = null!;
    private NspBayesOptimal _nspBayes = null!;
    private torch.Tensor _nspQueries = null!;
    private torch.Tensor _nspPositions = null!;

    [GlobalSetup]
    public void Setup()
    {
        // One intra-op thread: the numbers are per core and do not collapse when other processes share the cores
        // (OpenMP spin-waiting under oversubscription).
        torch.set_num_threads(1);
        _hcl = HclDataSet.Generate(HclParameters.Paper, 123);
        _bayes = HclBayesOptimal.Fit(_hcl.Parameters, _hcl.Training);
        _queries = torch.cat([_hcl.FreshTest.ToTensor(torch.CPU), _hcl.RepresentedTest.ToTensor(torch.CPU), _hcl.SingletonTest.ToTensor(torch.CPU)], 0);
        // The paper tier of the NSP experiment, as its claims run it (claims/experiments/nsp.yaml).
        ReproRepository repository = ReproRepository.Locate(null, ReproSettings.Load(typeof(TaskBenchmarks).Assembly).RepositoryRoot, AppContext.BaseDirectory);
        _nsp = NspDataSet.Generate(TaskPresets.Load(repository).Nsp(Tier.Paper), 123);
        _nspBayes = NspBayesOptimal.Fit(_nsp.Parameters, _nsp.Training);
        _nspQueries = torch.cat([_nsp.FreshQueries.Strings.ToTensor(torch.CPU), _nsp.RepresentedQueries.Strings.ToTensor(torch.CPU),
            _nsp.SingletonQueries.Strings.ToTensor(torch.CPU)], 0);
        _nspPositions = torch.cat([_nsp.FreshQueries.PositionsTensor(torch.CPU), _nsp.RepresentedQueries.PositionsTensor(torch.CPU),
            _nsp.SingletonQueries.PositionsTensor(torch.CPU)], 0);
        // Warm the per-device weight copies so the prediction benchmarks time the prediction only.
        _bayes.LogProbabilities(_queries).Dispose();
        _nspBayes.NextBitProbabilities(_nspQueries.narrow(0, 0, 2)).Dispose();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _queries.Dispose();
        _nspQueries.Dispose();
        _nspPositions.Dispose();
        _bayes.Dispose();
        _nspBayes.Dispose();
    }

    /// <summary>HCL paper scale: instance, 500 training examples and 3 × 500 test points.</summary>
    [Benchmark]
    public HclDataSet GeneratePaperHcl() => HclDataSet.Generate(HclParameters.Paper, 123);

    /// <summary>Fit the HCL Bayes-optimal predictor on the paper-scale training set.</summary>
    [Benchmark]
    public HclBayesOptimal FitPaperHclBayes() => HclBayesOptimal.Fit(_hcl.Parameters, _hcl.Training);

    /// <summary>HCL Bayes-optimal log-probabilities of the 1,500 paper-scale test points (one matmul).</summary>
    [Benchmark]
    public float PredictPaperHcl1500()
    {
        using torch.Tensor logp = _bayes.LogProbabilities(_queries);
        return logp[0, 0].item<float>();
    }

    /// <summary>NSP paper scale (n = N = d = 500): Bayes next-bit probability of the 3 × 1,000 queries (string, T), the evaluators' path.</summary>
    [Benchmark]
    public float PredictPaperNspQueries()
    {
        using torch.Tensor p = _nspBayes.NextBitProbabilityAt(_nspQueries, _nspPositions);
        return p[0].item<float>();
    }

    /// <summary>NSP paper scale: every column (all 500 positions) for 100 strings, O(100·N·d) work.</summary>
    [Benchmark]
    public float PredictPaperNsp100AllColumns()
    {
        using torch.Tensor strings = _nspQueries.narrow(0, 0, 100);
        using torch.Tensor p = _nspBayes.NextBitProbabilities(strings);
        return p[0, 0].item<float>();
    }

    /// <summary>Exact I(X;M|P) and H(X|P) of the HCL Bayes learner on one instance of the tiny preset (n = 3, d = 4, N = 3).</summary>
    [Benchmark]
    public double ExactInformationTinyHcl()
    {
        HclParameters p = TinyPresets.Hcl;
        return ExactHclInformation.Compute(HclInstance.Generate(p, 5), t => HclBayesOptimal.Fit(p, t), TableAttacks.HclRegionMajority).ModelInformation;
    }

    /// <summary>Exact information of the NSP Bayes learner on one tiny instance (n = 3, d = 3, N = 3).</summary>
    [Benchmark]
    public double ExactInformationTinyNsp()
    {
        NspParameters p = TinyPresets.Nsp;
        return ExactNspInformation.Compute(NspInstance.Generate(p, 5), t => NspBayesOptimal.Fit(p, t), TableAttacks.NspGreedyDecode).ModelInformation;
    }

    /// <summary>Exact information on the largest supported tiny size tried: HCL n = 3, d = 4, N = 3 with ρ = 0.2 (more unfixed bits: up to 27·2^12 training sets).</summary>
    [Benchmark]
    public double ExactInformationLargestHcl()
    {
        var p = new HclParameters(3, 4, 3, 0.2, testSize: 0);
        return ExactHclInformation.Compute(HclInstance.Generate(p, 5), t => HclBayesOptimal.Fit(p, t), TableAttacks.HclRegionMajority).ModelInformation;
    }
}
