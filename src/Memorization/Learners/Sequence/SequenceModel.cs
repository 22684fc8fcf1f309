using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Learners.Sequence;

/// <summary>
/// A causal sequence model that predicts each bit of a string from the bits before it (next-symbol
/// prediction, docs/tasks.md#nsp): input [START, z₁, …, z_{d−1}] → output t = Pr[z_t = 1 | z_&lt;t] = σ(logit_t). The
/// network is a causal Transformer or a persistent-memory attention layer (<see cref="SequenceModelOptions.Architecture"/>).
/// </summary>
/// <remarks>
/// Weights are drawn from a <c>torch.Generator(seed)</c> of its own (never the process-global one), so two
/// models built with the same seed are identical, whatever runs in parallel. Train it with
/// <see cref="SequenceTrainer"/>. Dispose it to free its parameters.
/// </remarks>
public sealed class SequenceModel : INextBitModel, IDisposable
{
    private readonly SequenceNetwork _network;

    private SequenceModel(SequenceNetwork network, int length, SequenceModelOptions options, Device device)
    {
        _network = network;
        Length = length;
        Options = options;
        Device = device;
        ParameterCount = network.parameters().Sum(p => p.numel());
    }

    /// <inheritdoc />
    public string Name => Options.ArchitectureName;

    /// <inheritdoc />
    public int Length { get; }

    /// <summary>The architecture and training hyperparameters.</summary>
    public SequenceModelOptions Options { get; }

    /// <summary>Where the parameters live.</summary>
    public Device Device { get; }

    /// <summary>The number of scalar parameters.</summary>
    public long ParameterCount { get; }

    /// <summary>Parameters × 32 (float32 storage).</summary>
    public long ParameterBits => ParameterCount * 32;

    internal SequenceNetwork Network => _network;

    /// <summary>
    /// A freshly initialised model for strings of length <paramref name="length"/>, weights drawn from
    /// <c>torch.Generator(<paramref name="seed"/>)</c> (derive it with <c>SeedDerivation.TorchSeed(root, <see cref="Memorization.Randomness.SeedStreams.InitSequence"/>)</c>).
    /// </summary>
    public static SequenceModel Create(int length, SequenceModelOptions options, long seed, Device device)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(device);
        if (length < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "The string length d must be ≥ 1.");
        }
        options.Validate();
        SequenceNetwork network = SequenceNetwork.Create(length, options);
        network.Initialise(new Generator((ulong)seed), options);
        network.to(device);
        network.eval();
        // The model owns its parameters: a dispose scope around the caller's code must not free them.
        foreach (Tensor parameter in network.parameters())
        {
            parameter.DetachFromDisposeScope();
        }
        return new SequenceModel(network, length, options, device);
    }

    /// <inheritdoc />
    public Tensor NextBitProbabilities(Tensor strings)
    {
        NspTensorChecks.RequireStrings(strings, Length, nameof(strings));
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        // Attacks pass thousands of strings at once (the informed attack: probes × targets); in chunks of rows, no
        // intermediate tensor exceeds InferenceElements (the persistent-memory network's [b, M, d] scores would
        // otherwise take gigabytes at the paper tier). Rows are independent, so chunking changes no value.
        long rows = strings.shape[0];
        long chunk = Math.Max(1, InferenceElements / Math.Max(1, _network.ElementsPerString));
        // The contract: the result lives where the input does, whatever device the parameters are on.
        Tensor result = rows <= chunk
            ? Logits(strings).sigmoid().to(strings.device)
            : cat(Enumerable.Range(0, (int)((rows + chunk - 1) / chunk))
                .Select(i => Logits(strings.narrow(0, i * chunk, Math.Min(chunk, rows - i * chunk))).sigmoid().to(strings.device))
                .ToArray(), 0);
        return result.MoveToOuterDisposeScope();
    }

    // 2²⁵ float32 elements (128 MiB) per intermediate tensor of an inference chunk.
    private const long InferenceElements = 1L << 25;

    /// <summary>Next-bit logits [b, d] (with gradients when enabled): logit_t = log-odds of z_t = 1 given z_&lt;t.</summary>
    internal Tensor Logits(Tensor strings)
    {
        NspTensorChecks.RequireStrings(strings, Length, nameof(strings));
        using var scope = NewDisposeScope();
        Tensor onDevice = strings.to(Device);
        Tensor start = full(onDevice.shape[0], 1, SequenceNetwork.StartToken, dtype: int64, device: Device);
        Tensor shifted = onDevice.narrow(1, 0, Length - 1).to(int64);
        Tensor tokens = cat([start, shifted], 1);
        return _network.forward(tokens).MoveToOuterDisposeScope();
    }

    /// <summary>All parameters flattened into one CPU float array, in registration order (for equality checks).</summary>
    public float[] ParameterValues()
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        Tensor flat = cat(_network.parameters().Select(p => p.detach().flatten()).ToArray(), 0).cpu();
        return flat.data<float>().ToArray();
    }

    /// <inheritdoc />
    public void Dispose() => _network.Dispose();
}
