using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Memorization.Learners.Sequence;

/// <summary>
/// One causal attention layer over M learned memory slots (persistent memory: keys and values are parameters, as in
/// Sukhbaatar et al. 2019, "Augmenting self-attention with persistent memory", without self-attention over the context).
/// The prefix is the query: slot i scores s_i(t) = c_i + Σ_{u&lt;t} (2z_u − 1)·K_iu, and
/// Pr[z_t = 1 | z_&lt;t] = Σ_i softmax_i(s(t)) · σ(V_it).
/// </summary>
/// <remarks>
/// Why this learner (docs/experiments.md#nsp-learners): the score is a dot product of the prefix's signs with a learned
/// key, so the layer can express "which stored string does this prefix match, and what comes next in it" — the
/// retrieval that a near-optimal next-bit predictor of singleton subpopulations needs — with M·(2d + 1) parameters and
/// O(b·M·d) work per batch. Small causal Transformers trained on 2 cores did not learn that retrieval at N = n
/// (excess error 0.08–0.13 over Bayes-optimal). Nothing is given to it but the strings: not the subpopulations, the
/// noise rate or the centres; the keys and values start random.
/// </remarks>
internal sealed class PersistentMemoryNetwork : SequenceNetwork
{
    // Small, so that all slots start almost equally likely (the softmax near uniform) and differ enough to break symmetry.
    private const double InitialStandardDeviation = 0.1;

    // Keeps the logit finite where the mixture's probability reaches 0 or 1 in float32.
    private const double ProbabilityClamp = 1e-6;

    private readonly Parameter _keys;
    private readonly Parameter _values;
    private readonly Parameter _slotBias;

    private readonly long _elementsPerString;

    public PersistentMemoryNetwork(int length, int slots) : base("persistent_memory")
    {
        _elementsPerString = (long)slots * length;
        _keys = nn.Parameter(zeros(slots, length));
        _values = nn.Parameter(zeros(slots, length));
        _slotBias = nn.Parameter(zeros(slots));
        RegisterComponents();
    }

    /// <summary>M·d: the scores and weights are [b, M, d].</summary>
    public override long ElementsPerString => _elementsPerString;

    public override Tensor forward(Tensor tokens)
    {
        using var scope = NewDisposeScope();
        // Token t carries z_{t−1} (START at t = 0), so the inclusive running sum up to t covers exactly z_<t:
        // key column t weighs bit t−1 (column 0 multiplies START's sign 0 and stays unused).
        Tensor signs = Signs(tokens).unsqueeze(1);                         // [b, 1, d]
        Tensor scores = (signs * _keys.unsqueeze(0)).cumsum(2)             // [b, M, d]
            + _slotBias.view(1, -1, 1);
        Tensor weights = scores.softmax(1);
        Tensor probabilities = (weights * _values.sigmoid().unsqueeze(0)).sum(1).clamp(ProbabilityClamp, 1.0 - ProbabilityClamp);
        return (probabilities.log() - (-probabilities).log1p()).MoveToOuterDisposeScope();
    }

    /// <summary>Keys and values ~ N(0, 0.1²), slot biases 0, drawn with <c>Tensor.normal_(μ, σ, generator)</c>.</summary>
    public override void Initialise(Generator generator, SequenceModelOptions options)
    {
        using var noGrad = no_grad();
        _keys.normal_(0.0, InitialStandardDeviation, generator);
        _values.normal_(0.0, InitialStandardDeviation, generator);
        _slotBias.zero_();
    }
}
