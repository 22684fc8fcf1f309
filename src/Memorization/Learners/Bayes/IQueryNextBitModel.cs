using TorchSharp;

namespace Memorization.Learners.Bayes;

/// <summary>
/// A next-bit model that can answer queries (string, position T) directly, without computing every column: evaluators
/// use it when a model offers it (the NSP Bayes-optimal predictor costs O(N·d) per query this way, O(N·d) per column
/// otherwise).
/// </summary>
public interface IQueryNextBitModel : INextBitModel
{
    /// <summary>
    /// Pr[z_T = 1 | z_&lt;T] for each row: <paramref name="strings"/> [batch, d] float32 {0,1}, <paramref name="positions"/>
    /// [batch] int64 in 0..d−1; result [batch] float32 on the same device, equal to column T of
    /// <see cref="INextBitModel.NextBitProbabilities"/>.
    /// </summary>
    torch.Tensor NextBitProbabilityAt(torch.Tensor strings, torch.Tensor positions);
}
