using TorchSharp;

namespace Memorization.Learners;

/// <summary>
/// A model of next-symbol prediction (docs/tasks.md#nsp): for each string of a batch and each position t,
/// the probability that bit t is 1 given bits 1..t−1. A query (prefix z&lt;T, position T) reads column T.
/// </summary>
public interface INextBitModel : IModel
{
    /// <summary>The string length d.</summary>
    int Length { get; }

    /// <summary>
    /// <paramref name="strings"/> is a [batch, d] float32 tensor of bits in {0, 1}; the result is a
    /// [batch, d] float32 tensor on the same device with entry [b, t] = Pr[z_t = 1 | z_1..z_{t−1}]
    /// (column 0 conditions on nothing). Column t must not depend on bits t..d−1 of the input.
    /// The caller disposes the result.
    /// </summary>
    torch.Tensor NextBitProbabilities(torch.Tensor strings);
}
