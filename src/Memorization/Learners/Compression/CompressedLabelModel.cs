using Memorization.Learners.Trained;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Learners.Compression;

/// <summary>
/// A trained model whose first layer h = Wx + b has been replaced by a compressed one (quantised, pruned or
/// factorised; docs/bounds.md#model-size, the SIZE claim): log Pr[y | x] = rest(Ŵx + b̂), where rest is the source model's map from
/// the first layer's pre-activation to log-probabilities (the identity before log-softmax for the logistic
/// regression, whose first layer is the whole model). Ŵ is held either dense ([H, d]) or as factors L·R
/// (L: [H, r], R: [r, d]), which is how the factorised model is stored and evaluated.
/// </summary>
/// <remarks>
/// <see cref="ParameterBits"/> = the compression's stated size of the first layer + 32 bits for every other
/// parameter of the source model (they stay float32). The wrapper reads the source model at every call: keep the
/// source alive while the wrapper is used; disposing the wrapper disposes only its own tensors.
/// </remarks>
public sealed class CompressedLabelModel : ILabelModel, IDisposable
{
    private readonly IFirstLayerModel _source;
    private readonly Tensor? _weight;
    private readonly Tensor? _left;
    private readonly Tensor? _right;
    private readonly Tensor _bias;

    private CompressedLabelModel(
        IFirstLayerModel source, string scheme, Tensor? weight, Tensor? left, Tensor? right, Tensor bias, long firstLayerBits, string encoding)
    {
        _source = source;
        _weight = weight;
        _left = left;
        _right = right;
        _bias = bias;
        FirstLayerBits = firstLayerBits;
        Encoding = encoding;
        long firstLayerParameters = source.FirstWeight.numel() + source.FirstBias.numel();
        RestBits = source.ParameterBits - 32L * firstLayerParameters;
        Name = $"{source.Name}/{scheme}";
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public int InputDimension => _source.InputDimension;

    /// <inheritdoc />
    public int LabelCount => _source.LabelCount;

    /// <summary>The size of the model as stored: <see cref="FirstLayerBits"/> + <see cref="RestBits"/>.</summary>
    public long ParameterBits => FirstLayerBits + RestBits;

    /// <summary>The bits of the compressed first layer, as the compression counts them (see <see cref="Encoding"/>).</summary>
    public long FirstLayerBits { get; }

    /// <summary>32 × the parameters of the source model outside its first layer (0 for the logistic regression).</summary>
    public long RestBits { get; }

    /// <summary>How <see cref="FirstLayerBits"/> was counted, in words, for reports.</summary>
    public string Encoding { get; }

    /// <summary>The reconstructed first-layer weight Ŵ ([H, d], float32; the product L·R for a factorised layer). The caller disposes it.</summary>
    public Tensor ReconstructedWeight()
    {
        using var noGrad = no_grad();
        return _weight is not null ? _weight.clone() : _left!.matmul(_right!);
    }

    /// <summary>A copy of the first-layer bias b̂ ([H], float32). The caller disposes it.</summary>
    public Tensor ReconstructedBias() => _bias.clone();

    /// <summary>
    /// log Pr[y = j | x] = rest(Ŵx + b̂)_j: <paramref name="inputs"/> is [batch, d] float32 (±1); the result is
    /// [batch, N] float32 on the inputs' device.
    /// </summary>
    public Tensor LogProbabilities(Tensor inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.dim() != 2 || inputs.shape[1] != InputDimension)
        {
            throw new ArgumentException(
                $"{Name}: inputs must be a [batch, {InputDimension}] tensor, got [{string.Join(", ", inputs.shape)}]. Pass one ±1 example per row.",
                nameof(inputs));
        }
        if (inputs.dtype != ScalarType.Float32)
        {
            throw new ArgumentException($"{Name}: inputs must be float32, got {inputs.dtype}. Convert with .to(torch.float32).", nameof(inputs));
        }
        using var scope = NewDisposeScope();
        bool moved = inputs.device_type != _bias.device_type || inputs.device_index != _bias.device_index;
        Tensor x = moved ? inputs.to(_bias.device) : inputs;
        Tensor preActivation = _weight is not null
            ? nn.functional.linear(x, _weight, _bias)
            : x.matmul(_right!.t()).matmul(_left!.t()).add(_bias);
        Tensor result = _source.FromPreActivation(preActivation);
        if (moved)
        {
            result = result.to(inputs.device);
        }
        return result.MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _weight?.Dispose();
        _left?.Dispose();
        _right?.Dispose();
        _bias.Dispose();
    }

    /// <summary>A wrapper with a dense compressed weight; takes ownership of <paramref name="weight"/> and <paramref name="bias"/>.</summary>
    internal static CompressedLabelModel Dense(IFirstLayerModel source, string scheme, Tensor weight, Tensor bias, long firstLayerBits, string encoding) =>
        new(source, scheme, weight, null, null, bias, firstLayerBits, encoding);

    /// <summary>A wrapper with a factorised weight Ŵ = L·R; takes ownership of the tensors.</summary>
    internal static CompressedLabelModel Factorised(
        IFirstLayerModel source, string scheme, Tensor left, Tensor right, Tensor bias, long firstLayerBits, string encoding) =>
        new(source, scheme, null, left, right, bias, firstLayerBits, encoding);

    /// <summary>A detached float32 copy of the source's first-layer bias (the intermediate detached handle is disposed).</summary>
    internal static Tensor CopyBias(IFirstLayerModel source)
    {
        using var noGrad = no_grad();
        using Tensor detached = source.FirstBias.detach();
        return detached.clone();
    }

    /// <summary>The first-layer view of <paramref name="model"/>; a clear error for a model without one.</summary>
    internal static IFirstLayerModel FirstLayerOf(ILabelModel model, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(model, parameterName);
        return model as IFirstLayerModel ?? throw new ArgumentException(
            $"{model.Name} has no first affine layer to compress: pass a LogisticRegressionModel or an MlpModel.", parameterName);
    }
}
