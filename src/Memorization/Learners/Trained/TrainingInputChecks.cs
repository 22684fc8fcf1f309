using static TorchSharp.torch;

namespace Memorization.Learners.Trained;

// Shape and type checks of a training set, with messages that say what to pass instead.
internal static class TrainingInputChecks
{
    public static void Check(Tensor inputs, Tensor labels)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(labels);
        if (inputs.dim() != 2 || inputs.dtype != ScalarType.Float32)
        {
            throw new ArgumentException(
                $"inputs must be a [n, d] float32 tensor of ±1 examples, got {inputs.dtype} [{string.Join(", ", inputs.shape)}].", nameof(inputs));
        }
        if (labels.dim() != 1 || labels.dtype != ScalarType.Int64 || labels.shape[0] != inputs.shape[0])
        {
            throw new ArgumentException(
                $"labels must be a [{inputs.shape[0]}] int64 tensor (one label per row of inputs), got {labels.dtype} [{string.Join(", ", labels.shape)}].",
                nameof(labels));
        }
    }

    /// <summary>Both checks: shapes and types, then every label in [0, <paramref name="labelCount"/>).</summary>
    public static void Check(Tensor inputs, Tensor labels, int labelCount)
    {
        Check(inputs, labels);
        CheckLabels(labels, labelCount);
    }

    public static void CheckLabels(Tensor labels, int labelCount)
    {
        if (labels.numel() == 0)
        {
            throw new ArgumentException("labels is empty: the training set needs at least one example.", nameof(labels));
        }
        (long min, long max) = Range(labels);
        if (min < 0 || max >= labelCount)
        {
            throw new ArgumentException($"labels must lie in [0, {labelCount}) (the label count N); found values in [{min}, {max}].", nameof(labels));
        }
    }

    /// <summary>The smallest and largest entry of an integer tensor, without leaving the reduction tensors alive.</summary>
    public static (long Min, long Max) Range(Tensor values)
    {
        using Tensor min = values.min();
        using Tensor max = values.max();
        return (min.item<long>(), max.item<long>());
    }
}
