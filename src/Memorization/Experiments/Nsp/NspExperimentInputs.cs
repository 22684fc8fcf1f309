using static TorchSharp.torch;

namespace Memorization.Experiments.Nsp;

/// <summary>An NSP instance and its training set, as tensors (docs/tasks.md#nsp), plus query sets to evaluate.</summary>
/// <param name="TrainingStrings">X: [n, d] float32 bits.</param>
/// <param name="Subpopulations">J: [n] int64, each in 0..N−1.</param>
/// <param name="Centres">[N, d] float32 bits: c_j (part of P).</param>
/// <param name="NoiseRate">p = δ/2.</param>
/// <param name="QuerySets">Query sets whose next-bit error is recorded at every checkpoint (may be empty).</param>
public sealed record NspExperimentInputs(Tensor TrainingStrings, Tensor Subpopulations, Tensor Centres, double NoiseRate, IReadOnlyList<NspQuerySet> QuerySets);
