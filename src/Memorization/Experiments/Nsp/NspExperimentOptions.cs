using Memorization.Learners.Sequence;

namespace Memorization.Experiments.Nsp;

/// <summary>Options of <see cref="NspExperiment"/>.</summary>
/// <param name="Model">The sequence model's architecture and training.</param>
/// <param name="RootSeed">Root of every random stream: <c>init/sequence</c>, <c>train/shuffle</c>, <c>attack/fresh-controls</c>, <c>attack/informed</c>.</param>
/// <param name="PromptLength">k of the extraction attack; <c>null</c> means ⌊d/4⌋.</param>
/// <param name="ProbeCount">R of the informed attack.</param>
/// <param name="Confidence">Level of every interval (Hoeffding over per-target fractions).</param>
/// <param name="FreshControlsPerSingleton">Fresh strings drawn per singleton's subpopulation as controls: the controls
/// are independent of the model, so more of them sharpen the chance level at little cost.</param>
public sealed record NspExperimentOptions(SequenceModelOptions Model, ulong RootSeed, int? PromptLength = null, int ProbeCount = 31, double Confidence = 0.99, int FreshControlsPerSingleton = 1)
{
    /// <summary>Throws <see cref="InvalidParameterException"/> naming the invalid field and the fix.</summary>
    public NspExperimentOptions Validate(int length)
    {
        ArgumentNullException.ThrowIfNull(Model, nameof(Model));
        Model.Validate();
        if (PromptLength is { } k && (k < 0 || k >= length))
        {
            throw new InvalidParameterException(nameof(PromptLength), $"NspExperimentOptions.PromptLength must lie in 0..d−1 = 0..{length - 1} (got {k}); null means d/4.");
        }
        if (ProbeCount < 1)
        {
            throw new InvalidParameterException(nameof(ProbeCount), $"NspExperimentOptions.ProbeCount must be ≥ 1 (got {ProbeCount}); 31 is the default.");
        }
        if (FreshControlsPerSingleton < 1)
        {
            throw new InvalidParameterException(nameof(FreshControlsPerSingleton), $"NspExperimentOptions.FreshControlsPerSingleton must be ≥ 1 (got {FreshControlsPerSingleton}); 1 is the default.");
        }
        if (!(Confidence > 0.0 && Confidence < 1.0))
        {
            throw new InvalidParameterException(nameof(Confidence), $"NspExperimentOptions.Confidence must lie in (0, 1) (got {Confidence}); 0.99 is the default.");
        }
        return this;
    }
}
