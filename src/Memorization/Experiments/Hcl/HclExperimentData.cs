using static TorchSharp.torch;

namespace Memorization.Experiments.Hcl;

/// <summary>
/// The tensors of one published-experiment run (docs/experiments.md#published-hcl-experiment), produced by any HCL generator.
/// </summary>
/// <param name="TrainInputs">[n, d] float32 ±1 training examples.</param>
/// <param name="TrainLabels">[n] int64 labels (subpopulation indices).</param>
/// <param name="SingletonIndices">[s] int64 rows whose subpopulation has exactly one training example: the attack targets.</param>
/// <param name="FixedMasks">[N, d] bool, true where subpopulation j fixes coordinate k.</param>
/// <param name="FixedValues">[N, d] float32 ±1 fixed values (read under the mask); needed only by the informed attack.</param>
/// <param name="FreshTest">Fresh i.i.d. test examples.</param>
/// <param name="RepresentedTest">Test examples of subpopulations with ≥ 1 training example.</param>
/// <param name="SingletonTest">Test examples of subpopulations with exactly one training example.</param>
/// <param name="SingletonFreshControls">[s, d] a fresh example of each target's subpopulation, in the order of
/// <paramref name="SingletonIndices"/>: the control whose irrelevant bits the model cannot know (recovery ≈ 1/2).</param>
/// <param name="Rho">ρ, for the guessing reference (1 + ρ)/2.</param>
public sealed record HclExperimentData(
    Tensor TrainInputs,
    Tensor TrainLabels,
    Tensor SingletonIndices,
    Tensor FixedMasks,
    Tensor? FixedValues,
    LabelledExamples FreshTest,
    LabelledExamples RepresentedTest,
    LabelledExamples SingletonTest,
    Tensor SingletonFreshControls,
    double Rho)
{
    /// <summary>
    /// [N, d] one fresh example of every subpopulation, row j of subpopulation j: the control of recovery against
    /// multiplicity (<see cref="HclMultiplicityRecovery"/>); null skips that measurement.
    /// </summary>
    public Tensor? SubpopulationFreshControls { get; init; }

    /// <summary>N, the number of subpopulations (labels).</summary>
    public int LabelCount => (int)FixedMasks.shape[0];

    /// <summary>d.</summary>
    public int Dimension => (int)FixedMasks.shape[1];

    /// <summary>Checks that the tensors agree with each other; messages name the tensor and the expected shape.</summary>
    public void Validate()
    {
        int d = Dimension;
        Learners.Trained.TrainingInputChecks.Check(TrainInputs, TrainLabels, LabelCount);
        if (TrainInputs.shape[1] != d)
        {
            throw new ArgumentException($"TrainInputs has d = {TrainInputs.shape[1]} but FixedMasks has d = {d}; both come from the same instance.", nameof(TrainInputs));
        }
        if (FixedMasks.dtype != ScalarType.Bool)
        {
            throw new ArgumentException($"FixedMasks must be a [N, d] bool tensor, got {FixedMasks.dtype}.", nameof(FixedMasks));
        }
        if (FixedValues is not null && !FixedValues.shape.SequenceEqual(FixedMasks.shape))
        {
            throw new ArgumentException($"FixedValues must have the shape of FixedMasks [{LabelCount}, {d}].", nameof(FixedValues));
        }
        foreach (var (name, set) in new[] { ("FreshTest", FreshTest), ("RepresentedTest", RepresentedTest), ("SingletonTest", SingletonTest) })
        {
            Learners.Trained.TrainingInputChecks.Check(set.Inputs, set.Labels);
            if (set.Inputs.shape[1] != d)
            {
                throw new ArgumentException($"{name}.Inputs must be [m, {d}], got [{string.Join(", ", set.Inputs.shape)}].", name);
            }
        }
        long s = SingletonIndices.numel();
        if (s == 0)
        {
            throw new ArgumentException("SingletonIndices is empty: the experiment attacks the singletons; draw a larger training set.", nameof(SingletonIndices));
        }
        if (!SingletonFreshControls.shape.SequenceEqual(new long[] { s, d }))
        {
            throw new ArgumentException(
                $"SingletonFreshControls must be [{s}, {d}] (one fresh example per singleton, same order), got [{string.Join(", ", SingletonFreshControls.shape)}].",
                nameof(SingletonFreshControls));
        }
        if (SubpopulationFreshControls is not null && !SubpopulationFreshControls.shape.SequenceEqual(FixedMasks.shape))
        {
            throw new ArgumentException(
                $"SubpopulationFreshControls must be [{LabelCount}, {d}] (one fresh example per subpopulation), got [{string.Join(", ", SubpopulationFreshControls.shape)}].",
                nameof(SubpopulationFreshControls));
        }
    }
}
