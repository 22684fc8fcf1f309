using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Learners.Sequence;

/// <summary>
/// The network inside a <see cref="SequenceModel"/>: tokens [b, d] int64 in {0, 1, START} → next-bit logits [b, d]. Token
/// t is START for t = 0 and z_t−1 otherwise, so logit t may depend only on tokens 0..t (= z_&lt;t).
/// </summary>
internal abstract class SequenceNetwork : nn.Module<Tensor, Tensor>
{
    /// <summary>The token index of the start symbol (0 and 1 are the bits).</summary>
    public const long StartToken = 2;

    protected SequenceNetwork(string name) : base(name)
    {
    }

    /// <summary>
    /// Re-initialises every parameter from <paramref name="generator"/> (a CPU generator; call before moving the module
    /// to another device). TorchSharp's default initialisation draws from the process-global generator, which parallel
    /// tests would interleave.
    /// </summary>
    public abstract void Initialise(Generator generator, SequenceModelOptions options);

    /// <summary>
    /// The size of the largest intermediate tensor per input string (elements): inference splits a batch into chunks of
    /// rows so that no intermediate exceeds <see cref="SequenceModel"/>'s working-set bound.
    /// </summary>
    public abstract long ElementsPerString { get; }

    /// <summary>±1 for the bit tokens, 0 for START: [b, d] float32.</summary>
    protected static Tensor Signs(Tensor tokens) =>
        (tokens.to(float32) * 2.0 - 1.0).masked_fill(tokens.eq(StartToken), 0.0);

    /// <summary>The network of <paramref name="options"/>' architecture for strings of length <paramref name="length"/>.</summary>
    public static SequenceNetwork Create(int length, SequenceModelOptions options) => options.Architecture switch
    {
        SequenceArchitecture.CausalTransformer => new CausalTransformer(length, options),
        SequenceArchitecture.PersistentMemory => new PersistentMemoryNetwork(length, options.MemorySlots),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Architecture, "Unknown sequence architecture."),
    };
}
