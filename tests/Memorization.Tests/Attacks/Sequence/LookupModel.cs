using Memorization.Learners;
using static TorchSharp.torch;

namespace Memorization.Tests.Attacks.Sequence;

/// <summary>
/// A hand-built "model" that has memorized K strings S_s perfectly: at position t it finds the stored string
/// that agrees most with the input on positions &lt; t (ties → lowest s) and outputs Pr[z_t = 1] = 0.9 if that
/// string has a 1 at t, else 0.1. Causal by construction. With K = 1 it outputs one known string's bits.
/// </summary>
internal sealed class LookupModel(Tensor stored) : INextBitModel
{
    public string Name => "lookup";

    public long ParameterBits => stored.numel();

    public int Length => (int)stored.shape[1];

    public Tensor NextBitProbabilities(Tensor strings)
    {
        using var scope = NewDisposeScope();
        Tensor s = stored.to(strings.device).unsqueeze(0);                    // [1, K, d]
        Tensor equal = strings.unsqueeze(1).eq(s).to(float32);                 // [b, K, d]
        Tensor agreementBefore = equal.cumsum(2) - equal;                      // Σ_{u<t} 1[x_u = S_su]
        Tensor nearest = agreementBefore.argmax(1, keepdim: true);             // [b, 1, d]
        Tensor bits = s.expand(strings.shape[0], -1, -1).gather(1, nearest).squeeze(1);
        return (bits * 0.8 + 0.1).MoveToOuterDisposeScope();
    }
}
