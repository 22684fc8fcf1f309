using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Memorization.Learners.Sequence;

/// <summary>
/// One pre-LayerNorm Transformer block: h ← h + Attn(LN(h)) with a causal mask, then
/// h ← h + W₂·GELU(W₁·LN(h)). Written by hand (rather than <c>nn.TransformerEncoderLayer</c>) so that the
/// causal mask is built in (<c>is_causal</c>) and every parameter is visible for seeded re-initialisation.
/// </summary>
internal sealed class CausalBlock : nn.Module<Tensor, Tensor>
{
    private readonly int _heads;
    private readonly LayerNorm _attentionNorm;
    private readonly Linear _queryKeyValue;
    private readonly Linear _attentionOutput;
    private readonly LayerNorm _feedForwardNorm;
    private readonly Linear _feedForwardIn;
    private readonly Linear _feedForwardOut;

    public CausalBlock(string name, int modelDimension, int heads, int feedForwardDimension) : base(name)
    {
        _heads = heads;
        _attentionNorm = nn.LayerNorm(modelDimension);
        _queryKeyValue = nn.Linear(modelDimension, 3 * modelDimension);
        _attentionOutput = nn.Linear(modelDimension, modelDimension);
        _feedForwardNorm = nn.LayerNorm(modelDimension);
        _feedForwardIn = nn.Linear(modelDimension, feedForwardDimension);
        _feedForwardOut = nn.Linear(feedForwardDimension, modelDimension);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        long batch = input.shape[0], length = input.shape[1], width = input.shape[2];
        long headWidth = width / _heads;

        Tensor qkv = _queryKeyValue.forward(_attentionNorm.forward(input));
        // [b, L, 3·D] → three [b, heads, L, D/heads] tensors.
        Tensor[] parts = qkv.view(batch, length, 3, _heads, headWidth).permute(2, 0, 3, 1, 4).unbind(0);
        Tensor attended = nn.functional.scaled_dot_product_attention(parts[0], parts[1], parts[2], is_casual: true);
        Tensor merged = attended.transpose(1, 2).reshape(batch, length, width);
        Tensor h = input + _attentionOutput.forward(merged);

        Tensor hidden = nn.functional.gelu(_feedForwardIn.forward(_feedForwardNorm.forward(h)));
        Tensor output = h + _feedForwardOut.forward(hidden);
        return output.MoveToOuterDisposeScope();
    }
}
