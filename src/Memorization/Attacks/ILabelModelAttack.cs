using Memorization.Learners;
using static TorchSharp.torch;

namespace Memorization.Attacks;

/// <summary>
/// A black-box reconstruction attack on an HCL model (docs/attacks.md): from the model's label log-probabilities
/// (and, for informed attacks, the targets' subpopulations), guess each target's training example.
/// </summary>
public interface ILabelModelAttack
{
    /// <summary>A short name for reports, e.g. <c>sign</c>, <c>coordinate-ascent</c>, <c>informed</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Reconstructs one ±1 example per target: returns a [t, d] float32 tensor on the CPU. Runs under
    /// <c>torch.no_grad()</c> on <paramref name="device"/>; all randomness derives from <paramref name="rootSeed"/>.
    /// </summary>
    Tensor Reconstruct(ILabelModel model, AttackTargets targets, Device device, ulong rootSeed);
}
