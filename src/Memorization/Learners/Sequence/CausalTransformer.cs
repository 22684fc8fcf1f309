using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Memorization.Learners.Sequence;

/// <summary>
/// The causal Transformer network of <see cref="SequenceModel"/> (<see cref="SequenceArchitecture.CausalTransformer"/>).
/// </summary>
/// <remarks>
/// Embedding(3 → D) + learned position embedding(d → D) + (2·bit − 1) × a second learned position
/// embedding (d → D) → <c>Layers</c> × <see cref="CausalBlock"/> →
/// LayerNorm → Linear(D → 1).
/// </remarks>
internal sealed class CausalTransformer : SequenceNetwork
{
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
        ElementsPerString = (long)length * Math.Max(Math.Max(3L * options.ModelDimension, options.FeedForwardDimension), (long)options.Heads * length);
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

    /// <summary>d·max(3D, F, heads·d): the query/key/value projection, the feed-forward hidden layer, the attention scores.</summary>
    public override long ElementsPerString { get; }

    public override Tensor forward(Tensor tokens)
    {
        using var scope = NewDisposeScope();
        Tensor positions = arange(_length, dtype: int64, device: tokens.device);
        // Input token t is START (t = 0) or the bit z_{t−1}: its sign ±1 (0 for START) scales a learned
        // vector of position t−1, so that averaging attention over a prefix already yields a random linear
        // code Σ_s (2z_s − 1)·q_s of which bits are set, not only how many.
        Tensor sign = Signs(tokens).unsqueeze(-1);
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
    /// Weight matrices ~ N(0, σ²) (<see cref="SequenceModelOptions.InitStandardDeviation"/>), embeddings ~ N(0, σ_e²)
    /// (<see cref="SequenceModelOptions.EmbeddingInitStandardDeviation"/>), biases 0, LayerNorm gains 1. Draws with
    /// <c>Tensor.normal_(μ, σ, generator)</c>: TorchSharp 0.107's <c>nn.init.normal_</c> ignores its generator argument
    /// (a test of ours caught it).
    /// </summary>
    public override void Initialise(Generator generator, SequenceModelOptions options)
    {
        double standardDeviation = options.InitStandardDeviation;
        double embeddingStandardDeviation = options.EmbeddingInitStandardDeviation;
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
