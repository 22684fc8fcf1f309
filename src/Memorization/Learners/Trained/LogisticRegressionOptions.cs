using Memorization.Configuration;

namespace Memorization.Learners.Trained;

/// <summary>
/// Hyperparameters of the published logistic regression (docs/experiments.md#logistic-regression): Linear(d→N) + log-softmax, NLL loss,
/// full-batch SGD with Nesterov momentum, no weight decay, every singleton duplicated once in the training set.
/// </summary>
/// <param name="LearningRate">η of SGD (published 0.1).</param>
/// <param name="Momentum">μ of Nesterov momentum (published 0.99); must be in (0, 1) because Nesterov needs μ &gt; 0.</param>
/// <param name="Steps">Number of full-batch gradient updates (published 50; the smoke tier uses fewer).</param>
/// <param name="CheckpointEvery">The checkpoint callback runs after every k-th update (published experiment: 2).</param>
public sealed record LogisticRegressionOptions(double LearningRate, double Momentum, int Steps, int CheckpointEvery)
{
    /// <summary>The published values: η = 0.1, μ = 0.99, 50 steps, a checkpoint every 2 steps.</summary>
    public static LogisticRegressionOptions Published { get; } = new(0.1, 0.99, 50, 2);

    /// <summary>Throws when a value cannot train: the message names the parameter and the fix.</summary>
    /// <exception cref="InvalidParameterException">A hyperparameter is out of range.</exception>
    public void Validate()
    {
        TrainingOptionChecks.Positive(LearningRate, nameof(LearningRate), "logistic regression", "the published value is 0.1");
        TrainingOptionChecks.Momentum(Momentum, "logistic regression", "the published value is 0.99");
        TrainingOptionChecks.AtLeastOne(Steps, nameof(Steps), "logistic regression", "the published value is 50");
        TrainingOptionChecks.AtLeastOne(CheckpointEvery, nameof(CheckpointEvery), "logistic regression", "the published value is 2");
    }
}
