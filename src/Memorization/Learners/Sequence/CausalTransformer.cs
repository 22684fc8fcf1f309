using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Memorization.Learners.Sequence;

/// <summary>
/// The network of <see cref="SequenceModel"/>: tokens [b, d] int64 in {0, 1, START} → next-bit logits [b, d].
/// Token t of the input is START for t = 0 and z_t−1 otherwise, so logit t depends only on z_&lt;t.
/// </summary>
/// <remarks>
/// Embedding(3 → D) + learned position embedding(d → D) + (2·bit − 1) × a second learned position
/// embedding (d → D) → <c>Layers</c> × <see cref="CausalBlock"/> →
/// LayerNorm → Linear(D → 1).
/// </remarks>
internal sealed class CausalTransformer : nn.Module<Tensor, Tensor>
{
    /// <summary>The token index of the start symbol (0 and 1 are the bits).</summary>
    public const long StartToken = 2;

    private readonly Embedding _tokens;
    private readonly Embedding _positions;
    private readonly Embedding _signedPositions;
    private readonly ModuleList<CausalBlock> _blocks;
    private readonly LayerNorm _finalNorm;
    private readonly Linear _head;
    private readonly int _length;

    public CausalTransformer(int length, SequenceModelOptions options) : base("causal_transformer")
    {
        _length = length;
        _tokens = nn.Embedding(3, options.ModelDimension);
        _positions = nn.Embedding(length, options.ModelDimension);
        _signedPositions = nn.Embedding(length, options.ModelDimension);
        _blocks = nn.ModuleList(Enumerable.Range(0, options.Layers)
            .Select(i => new CausalBlock($"block{i}", options.ModelDimension, options.Heads, options.FeedForwardDimension))
            .ToArray());
        _finalNorm = nn.LayerNorm(options.ModelDimension);
        _head = nn.Linear(options.ModelDimension, 1);
        RegisterComponents();
    }

    public override Tensor forward(Tensor tokens)
    {
        using var scope = NewDisposeScope();
        Tensor positions = arange(_length, dtype: int64, device: tokens.device);
        // Input token t is START (t = 0) or the bit z_{t−1}: its sign ±1 (0 for START) scales a learned
        // vector of position t−1, so that averaging attention over a prefix already yields a random linear
        // code Σ_s (2z_s − 1)·q_s of which bits are set, not only how many.
        Tensor sign = (tokens.to(float32) * 2.0 - 1.0).masked_fill(tokens.eq(StartToken), 0.0).unsqueeze(-1);
        Tensor h = _tokens.forward(tokens) + _positions.forward(positions).unsqueeze(0)
            + sign * _signedPositions.forward(positions).unsqueeze(0);
        foreach (CausalBlock block in _blocks)
        {
            h = block.forward(h);
        }
        Tensor logits = _head.forward(_finalNorm.forward(h)).squeeze(-1);
        return logits.MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Re-initialises every parameter from <paramref name="generator"/> (a CPU generator; call before
    /// moving the module to another device): weight matrices ~ N(0, σ²), embeddings ~ N(0, σ_e²), biases 0, LayerNorm
    /// gains 1. TorchSharp's default initialisation draws from the process-global generator, which
    /// parallel tests would interleave. Draws with <c>Tensor.normal_(μ, σ, generator)</c>: TorchSharp 0.107's
    /// <c>nn.init.normal_</c> ignores its generator argument (a test of ours caught it).
    /// </summary>
    public void Initialise(Generator generator, double standardDeviation, double embeddingStandardDeviation)
    {
        using var noGrad = no_grad();
        foreach (nn.Module module in modules())
        {
            switch (module)
            {
                case LayerNorm norm:
                    norm.weight!.fill_(1.0);
                    norm.bias!.zero_();
                    break;
                case Linear linear:
                    linear.weight!.normal_(0.0, standardDeviation, generator);
                    linear.bias?.zero_();
                    break;
                case Embedding embedding:
                    embedding.weight!.normal_(0.0, embeddingStandardDeviation, generator);
                    break;
            }
        }
    }
}
