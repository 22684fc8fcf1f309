using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Learners.Bayes;

/// <summary>
/// The Bayes-optimal bitwise predictor of multilabel HCL (docs/bayes-optimal.md#multilabel-hcl-predictor), and its forgetful
/// variant. With π_j(x) = Pr[J = j | x, D], the multiclass HCL posterior over subpopulations (<see cref="HclBayesOptimal"/>),
/// Pr[y_b = 1 | x, D] = Σ_j π_j(x)·q_jb, where q_jb = the bit y_jb seen in training when m_j ≥ 1 and 1/2 when m_j = 0
/// (an unseen subpopulation's vector is uniform and independent of D). Predicting bit b as 1 exactly when that
/// probability exceeds 1/2 minimises the expected number of wrong bits, bit by bit.
/// </summary>
/// <remarks>
/// The learner is told each training example's subpopulation J_i, as the multiclass predictors are. Told only the label
/// vectors it would group examples by vector instead, which is the same grouping unless two subpopulations share a vector:
/// probability at most N²/2^(k+1) (≈ 10⁻¹⁵ at N = 200, k = 64). The forgetful variant keeps only subpopulations with
/// m_j ≥ 2 (singletons treated as unseen: q_jb = 1/2 and the HCL forgetful posterior), as <see cref="HclBayesOptimal.FitForgetful"/>.
/// Ties (probability exactly 1/2, e.g. a query of an unseen subpopulation) predict 0: either choice errs with probability 1/2.
/// </remarks>
public sealed class MultilabelBayesOptimal : IMultilabelModel, IDisposable
{
    private readonly HclBayesOptimal _posterior;
    private readonly torch.Tensor _bitTable;
    private readonly torch.Tensor _kept;
    private readonly torch.Tensor _vectors;

    private MultilabelBayesOptimal(string name, HclBayesOptimal posterior, HclLabelVectors labels, IReadOnlyList<int> keptCounts)
    {
        Name = name;
        _posterior = posterior;
        LabelBits = labels.LabelBits;
        int n = labels.Subpopulations;
        int k = labels.LabelBits;
        float[] q = new float[n * k];
        for (int j = 0; j < n; j++)
        {
            for (int b = 0; b < k; b++)
            {
                q[(j * k) + b] = keptCounts[j] >= 1 ? labels.Bit(j, b) : 0.5f;
            }
        }
        _bitTable = torch.tensor(q, new long[] { n, k });
        _kept = torch.tensor(keptCounts.Select(m => m >= 1).ToArray());
        _vectors = labels.ToTensor(torch.CPU);
        ParameterBits = posterior.ParameterBits + (keptCounts.Count(m => m >= 1) * (long)k);
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>Bits of what it keeps: the kept training examples with their subpopulations, and the kept label vectors.</summary>
    public long ParameterBits { get; }

    /// <inheritdoc/>
    public int InputDimension => _posterior.InputDimension;

    /// <inheritdoc/>
    public int LabelBits { get; }

    /// <summary>The Bayes-optimal predictor given the training set of <paramref name="data"/>.</summary>
    public static MultilabelBayesOptimal Fit(MultilabelHclDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new MultilabelBayesOptimal(
            "multilabel-bayes-optimal", HclBayesOptimal.Fit(data.Parameters, data.Examples.Training), data.Labels, data.Examples.Counts);
    }

    /// <summary>The forgetful variant: keeps only subpopulations with ≥ 2 training examples.</summary>
    public static MultilabelBayesOptimal FitForgetful(MultilabelHclDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new MultilabelBayesOptimal(
            "multilabel-bayes-forgetful", HclBayesOptimal.FitForgetful(data.Parameters, data.Examples.Training), data.Labels,
            Singletons.Forget(data.Examples.Counts));
    }

    /// <inheritdoc/>
    public torch.Tensor BitProbabilities(torch.Tensor inputs)
    {
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        torch.Tensor posterior = _posterior.LogProbabilities(inputs).exp();
        return posterior.matmul(_bitTable.to(inputs.device)).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// log Pr[y = t | x, D] = log Σ_j π_j(x)·L_jt with L_jt = 1 when y_j = t (kept j), 0 when y_j ≠ t (kept j), 2^(−k) when j is
    /// unseen — exact, not the product of the bit marginals.
    /// </summary>
    public torch.Tensor TargetLogLikelihoods(torch.Tensor inputs, torch.Tensor targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        torch.Tensor logPosterior = _posterior.LogProbabilities(inputs);                               // [b, N]
        torch.Tensor t = targets.to(torch.CPU).to_type(torch.float32);
        torch.Tensor equal = _vectors.unsqueeze(1).eq(t.unsqueeze(0)).all(2);                          // [N, t]
        torch.Tensor logMatch = torch.where(equal, 0.0f, float.NegativeInfinity);
        torch.Tensor logL = torch.where(_kept.unsqueeze(1), logMatch, (float)(-LabelBits * Math.Log(2.0))).to(inputs.device);
        // logsumexp over j of log π_j(x) + log L_jt; an unseen j keeps every column finite.
        return (logPosterior.unsqueeze(2) + logL.unsqueeze(0)).logsumexp(1).MoveToOuterDisposeScope();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _posterior.Dispose();
        _bitTable.Dispose();
        _kept.Dispose();
        _vectors.Dispose();
    }
}
