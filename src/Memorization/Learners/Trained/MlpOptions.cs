using Memorization.Configuration;

namespace Memorization.Learners.Trained;

/// <summary>
/// Hyperparameters of the published MLP (docs/experiments.md#mlp): Linear(d→H) → sigmoid → Linear(H→N) → log-softmax, NLL loss
/// on the original training set, full-batch SGD with Nesterov momentum; the learning rate is multiplied by
/// <see cref="DecayFactor"/> for every update after the first <see cref="DecayAfterStep"/> updates.
/// </summary>
/// <param name="HiddenWidth">H, the hidden width (published 1500).</param>
/// <param name="LearningRate">η of SGD (published 3·10⁻⁴).</param>
/// <param name="Momentum">μ of Nesterov momentum (published 0.999).</param>
/// <param name="Steps">Number of full-batch updates (published 2000).</param>
/// <param name="DecayAfterStep">Updates with 0-based index ≥ this use η·<see cref="DecayFactor"/> (published 450).</param>
/// <param name="DecayFactor">The learning-rate factor of the decay (published 0.3).</param>
/// <param name="CheckpointEvery">The checkpoint callback runs after every k-th update (published experiment: 50).</param>
public sealed record MlpOptions(
    int HiddenWidth, double LearningRate, double Momentum, int Steps, int DecayAfterStep, double DecayFactor, int CheckpointEvery)
{
    /// <summary>The published values: H = 1500, η = 3·10⁻⁴, μ = 0.999, 2000 steps, η × 0.3 from step 450, checkpoints every 50.</summary>
    public static MlpOptions Published { get; } = new(1500, 3e-4, 0.999, 2000, 450, 0.3, 50);

    /// <summary>The learning rate of the update with 0-based index <paramref name="step"/>.</summary>
    public double LearningRateAt(int step) => step >= DecayAfterStep ? LearningRate * DecayFactor : LearningRate;

    /// <summary>Throws when a value cannot train: the message names the parameter and the fix.</summary>
    /// <exception cref="InvalidParameterException">A hyperparameter is out of range.</exception>
    public void Validate()
    {
        TrainingOptionChecks.AtLeastOne(HiddenWidth, nameof(HiddenWidth), "MLP", "the published value is 1500");
        TrainingOptionChecks.Positive(LearningRate, nameof(LearningRate), "MLP", "the published value is 3e-4");
        TrainingOptionChecks.Momentum(Momentum, "MLP", "the published value is 0.999");
        TrainingOptionChecks.AtLeastOne(Steps, nameof(Steps), "MLP", "the published value is 2000");
        if (DecayAfterStep < 0)
        {
            throw new InvalidParameterException(nameof(DecayAfterStep),
                $"MLP {nameof(DecayAfterStep)} = {DecayAfterStep} must be ≥ 0 (the published value is 450; use a value ≥ Steps for no decay).");
        }
        if (!(DecayFactor > 0.0 && DecayFactor <= 1.0))
        {
            throw new InvalidParameterException(nameof(DecayFactor),
                $"MLP {nameof(DecayFactor)} = {DecayFactor} must be in (0, 1] (the published value is 0.3; 1 means no decay).");
        }
        TrainingOptionChecks.AtLeastOne(CheckpointEvery, nameof(CheckpointEvery), "MLP", "the published value is 50");
    }
}
