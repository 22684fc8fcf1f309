using static TorchSharp.torch;

namespace Memorization.Experiments.Hcl;

/// <summary>A test set: [m, d] float32 ±1 inputs and their [m] int64 labels.</summary>
public sealed record LabelledExamples(Tensor Inputs, Tensor Labels);
