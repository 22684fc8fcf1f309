using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Learners.Trained;

/// <summary>
/// PyTorch's default initialisation of <c>nn.Linear</c> — weight and bias ~ U(−1/√fan_in, 1/√fan_in) — drawn from a
/// per-run <see cref="Generator"/> instead of the process-global one, so that models built in parallel (tests)
/// are deterministic. (PyTorch's weight init is kaiming_uniform with a = √5, whose bound is exactly 1/√fan_in.)
/// </summary>
/// <remarks>
/// TorchSharp 0.107 trap: <c>nn.init.uniform_(tensor, low, high, generator)</c> ignores its generator (two calls with
/// generators of the same seed give different values); <c>Tensor.uniform_(low, high, generator)</c> honours it.
/// </remarks>
internal static class SeededLinearInit
{
    /// <summary>Re-initialises <paramref name="layer"/> (on the CPU) from <paramref name="generator"/>: weight first, then bias.</summary>
    public static void Reset(TorchSharp.Modules.Linear layer, Generator generator)
    {
        using var noGrad = no_grad();
        long fanIn = layer.weight!.shape[1];
        double bound = 1.0 / Math.Sqrt(fanIn);
        layer.weight.uniform_(-bound, bound, generator);
        if (layer.bias is not null)
        {
            layer.bias.uniform_(-bound, bound, generator);
        }
    }
}
