using Memorization.Learners.Simple;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Learners.Bayes;

/// <summary>
/// The Bayes-optimal next-bit predictor given the training strings and their subpopulations (docs/bayes-optimal.md#nsp-predictor), and
/// its forgetful variant. With k ones among the m_j strings of D_j at position t and r = ln((1−p)/p):
/// Pr[c_jt = 1 | D_j] = σ((2k − m_j)·r), q_jt = Pr[z_t = 1 | D_j] = (1−p)·Pr[c=1] + p·Pr[c=0] (½ when m_j = 0);
/// Pr[z_T = 1 | z_&lt;T, D] = Σ_j π_jT·q_jT with ln π_jT = ln w_j + Σ_{t&lt;T} ln Pr[z_t | D_j] − logsumexp (all T at
/// once by an exclusive cumulative sum over t).
/// </summary>
/// <remarks>
/// It sees each training string's subpopulation J, which a learner of §2.2 does not: it is the Bayes-optimal
/// yardstick given (X, J), at least as good as any learner of X alone, so excess errors against it are not
/// understated. The forgetful variant sets q_jt = ½ for singleton subpopulations (m_j = 1 treated as 0).
/// Computations in float64; results float32.
/// </remarks>
public sealed class NspBayesOptimal : IQueryNextBitModel, INspPredictor, IDisposable
{
    // Chunks of the [batch, N, d] work tensor stay small enough to be reused by the allocator.
    private const long ChunkElements = 1L << 20;
    private readonly double[] _logWeights;
    private readonly double[] _q;
    private readonly double[] _logQ;
    private readonly double[] _logNotQ;
    private readonly DeviceTensorCache _qTensor;
    private readonly DeviceTensorCache _logNotQTensor;
    private readonly DeviceTensorCache _logRatioTensor;
    private readonly DeviceTensorCache _logWeightTensor;

    private NspBayesOptimal(string name, int length, int subpopulations, double[] logWeights, double[] q, long parameterBits)
    {
        Name = name;
        Length = length;
        Subpopulations = subpopulations;
        ParameterBits = parameterBits;
        _logWeights = logWeights;
        _q = q;
        _logQ = q.Select(v => Math.Log(v)).ToArray();
        _logNotQ = q.Select(v => Math.Log(1.0 - v)).ToArray();
        long[] shape = [subpopulations, length];
        _qTensor = new DeviceTensorCache(() => torch.tensor(_q, shape, dtype: torch.float64));
        _logNotQTensor = new DeviceTensorCache(() => torch.tensor(_logNotQ, shape, dtype: torch.float64));
        _logRatioTensor = new DeviceTensorCache(() =>
            torch.tensor(_logQ.Select((v, i) => v - _logNotQ[i]).ToArray(), shape, dtype: torch.float64));
        _logWeightTensor = new DeviceTensorCache(() => torch.tensor(_logWeights, new long[] { subpopulations, 1 }, dtype: torch.float64));
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>Bits of the training strings it keeps: kept rows × (d + ⌈log₂ N⌉).</summary>
    public long ParameterBits { get; }

    /// <inheritdoc/>
    public int Length { get; }

    /// <summary>N.</summary>
    public int Subpopulations { get; }

    /// <summary>q_jt = Pr[z_t = 1 | D_j], row-major [N, d].</summary>
    public IReadOnlyList<double> NextBitGivenSubpopulation => _q;

    /// <summary>The Bayes-optimal predictor for <paramref name="training"/> (strings with subpopulations) under <paramref name="parameters"/> (p, w).</summary>
    public static NspBayesOptimal Fit(NspParameters parameters, NspStrings training) => Build(parameters, training, forgetful: false);

    /// <summary>The forgetful variant: singleton subpopulations treated as unseen.</summary>
    public static NspBayesOptimal FitForgetful(NspParameters parameters, NspStrings training) => Build(parameters, training, forgetful: true);

    /// <summary>Pr[z_t = 1 | z_&lt;t, D] for every t of one string, in double precision (O(N·d)).</summary>
    public void Probabilities(ReadOnlySpan<byte> z, Span<double> probabilities)
    {
        int n = Subpopulations;
        int d = Length;
        Span<double> logPosterior = n <= 256 ? stackalloc double[n] : new double[n];
        _logWeights.CopyTo(logPosterior);
        for (int t = 0; t < d; t++)
        {
            double max = double.NegativeInfinity;
            for (int j = 0; j < n; j++)
            {
                max = Math.Max(max, logPosterior[j]);
            }
            double total = 0.0;
            double one = 0.0;
            for (int j = 0; j < n; j++)
            {
                double weight = Math.Exp(logPosterior[j] - max);
                total += weight;
                one += weight * _q[(j * d) + t];
            }
            probabilities[t] = one / total;
            for (int j = 0; j < n; j++)
            {
                logPosterior[j] += z[t] == 1 ? _logQ[(j * d) + t] : _logNotQ[(j * d) + t];
            }
        }
    }

    /// <inheritdoc/>
    public torch.Tensor NextBitProbabilities(torch.Tensor strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        if (strings.dim() != 2 || strings.shape[1] != Length)
        {
            throw new ArgumentException($"strings must be [batch, {Length}]; got [{string.Join(", ", strings.shape)}].", nameof(strings));
        }
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        torch.Device device = strings.device;
        // Layout [batch, d, N]: the softmax and the sum over subpopulations run along the contiguous last axis.
        torch.Tensor q = _qTensor.On(device).t().unsqueeze(0);
        torch.Tensor a = _logNotQTensor.On(device).t().unsqueeze(0);
        torch.Tensor b = _logRatioTensor.On(device).t().unsqueeze(0);
        torch.Tensor logW = _logWeightTensor.On(device).t().unsqueeze(0);
        long batch = strings.shape[0];
        long chunk = Math.Max(1, ChunkElements / ((long)Subpopulations * Length));
        var parts = new List<torch.Tensor>();
        torch.Tensor z64 = strings.to_type(torch.float64);
        for (long start = 0; start < batch; start += chunk)
        {
            using var chunkScope = torch.NewDisposeScope();
            long size = Math.Min(chunk, batch - start);
            torch.Tensor z = z64.narrow(0, start, size).unsqueeze(2);
            // ln Pr[z_t | D_j] = ln(1−q) + z_t·ln(q/(1−q)), then the exclusive prefix sum over t (in place where possible).
            torch.Tensor terms = (z * b).add_(a);
            torch.Tensor prefix = terms.cumsum(1).sub_(terms).add_(logW);
            torch.Tensor posterior = prefix.softmax(2);
            parts.Add(posterior.mul_(q).sum(2).MoveToOuterDisposeScope());
        }
        torch.Tensor result = parts.Count == 0
            ? torch.zeros(new long[] { 0, Length }, dtype: torch.float64, device: device)
            : torch.cat(parts, 0);
        return result.to_type(torch.float32).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Column T only: ln π_j = ln w_j + Σ_t [t &lt; T]·(ln(1−q_jt) + z_t·ln(q_jt/(1−q_jt))), two matrix products over the
    /// prefix-masked strings, then Σ_j π_j·q_jT.
    /// </summary>
    public torch.Tensor NextBitProbabilityAt(torch.Tensor strings, torch.Tensor positions)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(positions);
        if (strings.dim() != 2 || strings.shape[1] != Length || positions.dim() != 1 || positions.shape[0] != strings.shape[0])
        {
            throw new ArgumentException($"strings must be [batch, {Length}] and positions [batch]; got [{string.Join(", ", strings.shape)}] and [{string.Join(", ", positions.shape)}].", nameof(positions));
        }
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        torch.Device device = strings.device;
        torch.Tensor q = _qTensor.On(device);
        torch.Tensor a = _logNotQTensor.On(device);
        torch.Tensor b = _logRatioTensor.On(device);
        torch.Tensor logW = _logWeightTensor.On(device).squeeze(1);
        torch.Tensor t = positions.to_type(torch.int64);
        torch.Tensor mask = torch.arange(Length, device: device).unsqueeze(0).lt(t.unsqueeze(1)).to_type(torch.float64);
        torch.Tensor z = strings.to_type(torch.float64).mul(mask);
        torch.Tensor logPosterior = torch.matmul(mask, a.t()).add_(torch.matmul(z, b.t())).add_(logW.unsqueeze(0));
        torch.Tensor posterior = logPosterior.softmax(1);
        torch.Tensor column = q.t().index_select(0, t);
        return posterior.mul_(column).sum(1).to_type(torch.float32).MoveToOuterDisposeScope();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _qTensor.Dispose();
        _logNotQTensor.Dispose();
        _logRatioTensor.Dispose();
        _logWeightTensor.Dispose();
    }

    private static NspBayesOptimal Build(NspParameters parameters, NspStrings training, bool forgetful)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(training);
        if (training.Length != parameters.Length)
        {
            throw new ArgumentException($"The training strings have d = {training.Length} but the parameters say d = {parameters.Length}.", nameof(training));
        }
        int n = parameters.Subpopulations;
        int d = parameters.Length;
        double p = parameters.NoiseRate;
        double r = Math.Log((1.0 - p) / p);
        int[] counts = Singletons.Counts(training.Subpopulations, n);
        int[] kept = forgetful ? Singletons.Forget(counts) : counts;
        int[] ones = new int[n * d];
        for (int i = 0; i < training.Rows; i++)
        {
            int j = training.Subpopulations[i];
            if (kept[j] == 0)
            {
                continue;
            }
            ReadOnlySpan<byte> x = training.Row(i);
            for (int t = 0; t < d; t++)
            {
                ones[(j * d) + t] += x[t];
            }
        }
        double[] q = new double[n * d];
        for (int j = 0; j < n; j++)
        {
            for (int t = 0; t < d; t++)
            {
                double centreOne = kept[j] == 0 ? 0.5 : 1.0 / (1.0 + Math.Exp(-((2.0 * ones[(j * d) + t]) - kept[j]) * r));
                q[(j * d) + t] = ((1.0 - p) * centreOne) + (p * (1.0 - centreOne));
            }
        }
        double[] logWeights = parameters.Prior.Weights.Select(w => Math.Log(w)).ToArray();
        long keptRows = training.Subpopulations.Count(j => kept[j] > 0);
        long labelBits = (long)Math.Ceiling(Math.Log2(Math.Max(2, n)));
        return new NspBayesOptimal(forgetful ? "bayes-forgetful" : "bayes-optimal", d, n, logWeights, q, keptRows * (d + labelBits));
    }
}
