using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Learners.Trained;

/// <summary>
/// The published logistic regression trains on the training set with every singleton duplicated once
/// (docs/experiments.md#logistic-regression): X′ = X ‖ X[S], y′ = y ‖ y[S] for the singleton indices S (rows appended in the order of S).
/// </summary>
public static class SingletonDuplication
{
    /// <summary>Appends a copy of each row of <paramref name="inputs"/>/<paramref name="labels"/> listed in <paramref name="singletonIndices"/>.</summary>
    /// <param name="inputs">[n, d] float32 training examples.</param>
    /// <param name="labels">[n] int64 labels.</param>
    /// <param name="singletonIndices">[s] int64 row indices (distinct, in [0, n)).</param>
    /// <returns>([n + s, d] inputs, [n + s] labels); the caller disposes both.</returns>
    public static (Tensor Inputs, Tensor Labels) Duplicate(Tensor inputs, Tensor labels, Tensor singletonIndices)
    {
        TrainingInputChecks.Check(inputs, labels);
        ArgumentNullException.ThrowIfNull(singletonIndices);
        if (singletonIndices.dim() != 1 || singletonIndices.dtype != ScalarType.Int64)
        {
            throw new ArgumentException(
                $"singletonIndices must be a 1-D int64 tensor of row indices, got {singletonIndices.dtype} [{string.Join(", ", singletonIndices.shape)}].",
                nameof(singletonIndices));
        }
        long n = inputs.shape[0];
        if (singletonIndices.numel() > 0)
        {
            (long min, long max) = TrainingInputChecks.Range(singletonIndices);
            if (min < 0 || max >= n)
            {
                throw new ArgumentException(
                    $"singletonIndices must lie in [0, {n}) (rows of the training set); found values in [{min}, {max}].", nameof(singletonIndices));
            }
            long distinct;
            using (NewDisposeScope())
            {
                distinct = singletonIndices.unique().Item1.numel();
            }
            if (distinct != singletonIndices.numel())
            {
                throw new ArgumentException("singletonIndices contains a row twice; each singleton is duplicated exactly once.", nameof(singletonIndices));
            }
        }
        using var scope = NewDisposeScope();
        Tensor index = singletonIndices.to(inputs.device);
        Tensor x = cat([inputs, inputs.index_select(0, index)], 0);
        Tensor y = cat([labels, labels.index_select(0, index.to(labels.device))], 0);
        return (x.MoveToOuterDisposeScope(), y.MoveToOuterDisposeScope());
    }
}
