using static TorchSharp.torch;

namespace Memorization.Attacks;

/// <summary>
/// A batch of reconstruction targets: the label (subpopulation) of each target and, for the informed attack
/// only, what the adversary knows of its subpopulation in P (docs/attacks.md#informed-attack): the fixed coordinates and their values.
/// Target k's randomness is derived from its position k in the batch, so chunking never changes a result.
/// </summary>
/// <param name="Labels">[t] int64 target labels.</param>
/// <param name="FixedMasks">[t, d] bool, true where the target's subpopulation fixes the coordinate (informed attack).</param>
/// <param name="FixedValues">[t, d] float32 ±1, the fixed values (read only where the mask is true).</param>
public sealed record AttackTargets(Tensor Labels, Tensor? FixedMasks = null, Tensor? FixedValues = null)
{
    /// <summary>The number of targets t.</summary>
    public int Count => (int)Labels.shape[0];

    /// <summary>Checks the tensors against the model's d and N; messages say what to pass instead.</summary>
    internal void Check(int inputDimension, int labelCount, bool needsSubpopulations, string attack)
    {
        ArgumentNullException.ThrowIfNull(Labels, nameof(Labels));
        if (Labels.dim() != 1 || Labels.dtype != ScalarType.Int64)
        {
            throw new ArgumentException(
                $"{attack}: target Labels must be a 1-D int64 tensor, got {Labels.dtype} [{string.Join(", ", Labels.shape)}].", nameof(Labels));
        }
        if (Labels.numel() > 0)
        {
            (long min, long max) = Learners.Trained.TrainingInputChecks.Range(Labels);
            if (min < 0 || max >= labelCount)
            {
                throw new ArgumentException(
                    $"{attack}: target Labels must lie in [0, {labelCount}) (the model's label count); found [{min}, {max}].", nameof(Labels));
            }
        }
        if (!needsSubpopulations)
        {
            return;
        }
        if (FixedMasks is null || FixedValues is null)
        {
            throw new ArgumentException(
                $"{attack} knows each target's subpopulation: pass FixedMasks ([t, d] bool) and FixedValues ([t, d] float32 ±1), " +
                "e.g. the instance's masks and values indexed by the target labels.", nameof(FixedMasks));
        }
        long[] expected = [Count, inputDimension];
        if (!FixedMasks.shape.SequenceEqual(expected) || FixedMasks.dtype != ScalarType.Bool)
        {
            throw new ArgumentException(
                $"{attack}: FixedMasks must be a [{Count}, {inputDimension}] bool tensor, got {FixedMasks.dtype} [{string.Join(", ", FixedMasks.shape)}].",
                nameof(FixedMasks));
        }
        if (!FixedValues.shape.SequenceEqual(expected) || FixedValues.dtype != ScalarType.Float32)
        {
            throw new ArgumentException(
                $"{attack}: FixedValues must be a [{Count}, {inputDimension}] float32 tensor, got {FixedValues.dtype} [{string.Join(", ", FixedValues.shape)}].",
                nameof(FixedValues));
        }
    }
}
