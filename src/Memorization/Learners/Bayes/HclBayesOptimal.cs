using Memorization.Learners.Simple;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Learners.Bayes;

/// <summary>
/// The Bayes-optimal HCL predictor given the labeled training set (docs/bayes-optimal.md#hcl-predictor), and its forgetful variant.
/// Its log-posterior is affine in x: score_j(x) = c_j + Σ_k W_jk·x_k, with
/// f(m) = (ρ/2) / (ρ/2 + (1−ρ)·2^(−m)) the posterior that a coordinate on which all m ≥ 1 examples of D_j agree (value a)
/// is fixed, Pr[x_k = a | D_j] = (1+f)/2, Pr[x_k = −a | D_j] = (1−f)/2, and 1/2 when m_j = 0 or D_j disagrees at k;
/// hence W_jk = a·½·ln((1+f)/(1−f)) and c_j = ln w_j + Σ_k ½·ln(Pr[+1]·Pr[−1]). The posterior over labels is
/// softmax(score); the prior term ln w_j makes it Bayes-optimal for any known prior w (uniform in the paper).
/// </summary>
/// <remarks>
/// The forgetful variant treats singleton subpopulations as unseen (m_j := 0 when m_j = 1). At ρ = 1 the
/// probability (1−f)/2 = 0 is floored at 1e−300 so the scores stay finite.
/// </remarks>
public sealed class HclBayesOptimal : ILabelModel, IHclClassifier, IDisposable
{
    private const double ProbabilityFloor = 1e-300;
    private readonly double[] _bias;
    private readonly double[] _weights;
    private readonly DeviceTensorCache _weightTensor;
    private readonly DeviceTensorCache _biasTensor;

    private HclBayesOptimal(string name, int dimension, int labels, double[] bias, double[] weights, long parameterBits)
    {
        Name = name;
        InputDimension = dimension;
        LabelCount = labels;
        _bias = bias;
        _weights = weights;
        ParameterBits = parameterBits;
        // Transposed once: [d, N], so that scores = inputs · W + c.
        _weightTensor = new DeviceTensorCache(() =>
            torch.tensor(_weights.Select(v => (float)v).ToArray(), new long[] { labels, dimension }).t().contiguous());
        _biasTensor = new DeviceTensorCache(() => torch.tensor(_bias.Select(v => (float)v).ToArray(), new long[] { labels }));
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>Bits of the training examples it keeps: kept rows × (d + ⌈log₂ N⌉) (values and labels).</summary>
    public long ParameterBits { get; }

    /// <inheritdoc/>
    public int InputDimension { get; }

    /// <inheritdoc/>
    public int LabelCount { get; }

    /// <summary>c_j, row j of the affine score.</summary>
    public IReadOnlyList<double> Bias => _bias;

    /// <summary>W, row-major [N, d].</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>The Bayes-optimal predictor for training set <paramref name="training"/> of a task with <paramref name="parameters"/> (ρ, w).</summary>
    public static HclBayesOptimal Fit(HclParameters parameters, HclExamples training) => Build(parameters, training, forgetful: false);

    /// <summary>The forgetful variant: singleton subpopulations treated as unseen.</summary>
    public static HclBayesOptimal FitForgetful(HclParameters parameters, HclExamples training) => Build(parameters, training, forgetful: true);

    /// <summary>score_j(x) for every j, in double precision.</summary>
    public void Scores(ReadOnlySpan<sbyte> x, Span<double> scores)
    {
        int d = InputDimension;
        for (int j = 0; j < LabelCount; j++)
        {
            double s = _bias[j];
            ReadOnlySpan<double> row = _weights.AsSpan(j * d, d);
            for (int k = 0; k < d; k++)
            {
                s += row[k] * x[k];
            }
            scores[j] = s;
        }
    }

    /// <summary>argmax_j score_j(x), ties to the lowest index.</summary>
    public int Predict(ReadOnlySpan<sbyte> x)
    {
        Span<double> scores = LabelCount <= 256 ? stackalloc double[LabelCount] : new double[LabelCount];
        Scores(x, scores);
        int best = 0;
        for (int j = 1; j < scores.Length; j++)
        {
            if (scores[j] > scores[best])
            {
                best = j;
            }
        }
        return best;
    }

    /// <inheritdoc/>
    public torch.Tensor LogProbabilities(torch.Tensor inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.dim() != 2 || inputs.shape[1] != InputDimension)
        {
            throw new ArgumentException($"inputs must be [batch, {InputDimension}]; got [{string.Join(", ", inputs.shape)}].", nameof(inputs));
        }
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        torch.Tensor w = _weightTensor.On(inputs.device);
        torch.Tensor c = _biasTensor.On(inputs.device);
        torch.Tensor scores = torch.addmm(c.unsqueeze(0), inputs.to_type(torch.float32), w, 1.0f, 1.0f);
        return scores.log_softmax(1).MoveToOuterDisposeScope();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _weightTensor.Dispose();
        _biasTensor.Dispose();
    }

    private static HclBayesOptimal Build(HclParameters parameters, HclExamples training, bool forgetful)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(training);
        if (training.Dimension != parameters.Dimension)
        {
            throw new ArgumentException($"The training set has d = {training.Dimension} but the parameters say d = {parameters.Dimension}.", nameof(training));
        }
        int n = parameters.Subpopulations;
        int d = parameters.Dimension;
        double rho = parameters.Rho;
        int[] counts = Singletons.Counts(training.Labels, n);
        int[] kept = forgetful ? Singletons.Forget(counts) : counts;
        // agree[j,k]: the common value of D_j at k (±1), or 0 once two examples disagree.
        sbyte[] agree = new sbyte[n * d];
        bool[] seen = new bool[n];
        for (int i = 0; i < training.Rows; i++)
        {
            int j = training.Labels[i];
            if (kept[j] == 0)
            {
                continue;
            }
            ReadOnlySpan<sbyte> x = training.Row(i);
            Span<sbyte> a = agree.AsSpan(j * d, d);
            if (!seen[j])
            {
                x.CopyTo(a);
                seen[j] = true;
                continue;
            }
            for (int k = 0; k < d; k++)
            {
                if (a[k] != x[k])
                {
                    a[k] = 0;
                }
            }
        }
        double[] bias = new double[n];
        double[] weights = new double[n * d];
        for (int j = 0; j < n; j++)
        {
            int m = kept[j];
            double f = m == 0 ? 0.0 : rho / 2.0 / ((rho / 2.0) + ((1.0 - rho) * Math.Pow(2.0, -m)));
            double logAgree = Math.Log((1.0 + f) / 2.0);
            double logOther = Math.Log(Math.Max((1.0 - f) / 2.0, ProbabilityFloor));
            double sum = Math.Log(parameters.Prior.Weights[j]);
            for (int k = 0; k < d; k++)
            {
                sbyte a = agree[(j * d) + k];
                if (m == 0 || a == 0)
                {
                    sum -= Math.Log(2.0);
                }
                else
                {
                    sum += (logAgree + logOther) / 2.0;
                    weights[(j * d) + k] = a * (logAgree - logOther) / 2.0;
                }
            }
            bias[j] = sum;
        }
        long keptRows = training.Labels.Count(j => kept[j] > 0);
        long labelBits = (long)Math.Ceiling(Math.Log2(Math.Max(2, n)));
        return new HclBayesOptimal(forgetful ? "bayes-forgetful" : "bayes-optimal", d, n, bias, weights, keptRows * (d + labelBits));
    }
}
