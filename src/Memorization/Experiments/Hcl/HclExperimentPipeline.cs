using Memorization.Evaluation;
using Memorization.Learners.Bayes;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Experiments.Hcl;

/// <summary>
/// The published HCL experiment for one model, end to end: generate the data set, build its tensors, train and attack
/// (<see cref="HclExperimentRunner"/>), and measure the Bayes-optimal learner's mistakes on the same sets — the
/// yardstick of excess error.
/// </summary>
public static class HclExperimentPipeline
{
    /// <summary>The outcome of one model's run.</summary>
    /// <param name="Data">The generated data set (instance, training set, test sets).</param>
    /// <param name="Run">Checkpoints: loss, errors, attacks.</param>
    /// <param name="GuessingReference">(1 + ρ)/2: the recovery of a guesser who knows P but not the data.</param>
    /// <param name="Bayes">The Bayes-optimal learner's mistakes on the same sets.</param>
    public sealed record Outcome(HclDataSet Data, HclModelRun Run, double GuessingReference, HclBayesErrors Bayes);

    /// <summary>Runs <paramref name="model"/> of the experiment <paramref name="options"/> describe on <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The HCL instance.</param>
    /// <param name="seed">The root seed of the data (the options carry the same root for training and attacks).</param>
    /// <param name="model">The model to train (the options must ask for it).</param>
    /// <param name="options">The experiment options.</param>
    /// <param name="device">Where to train.</param>
    /// <param name="progress">Told the step and checkpoint reached and what runs there; listening changes no result.</param>
    public static Outcome Run(HclParameters parameters, ulong seed, HclModelKind model, HclExperimentOptions options, torch.Device device,
        IProgress<ExperimentProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(options);
        HclDataSet data = HclDataSet.Generate(parameters, seed);
        using var scope = torch.NewDisposeScope();
        HclExperimentData tensors = HclExperimentTensors.From(data, device);
        HclExperimentResult result = HclExperimentRunner.Run(tensors, options, device, progress);
        HclModelRun run = (model == HclModelKind.LogisticRegression ? result.LogisticRegression : result.Mlp)
            ?? throw new InvalidOperationException($"The experiment runner returned no {model} run although it was asked for one.");
        progress?.Report(new ExperimentProgress(1.0, "Bayes-optimal yardsticks"));
        using HclBayesOptimal bayes = HclBayesOptimal.Fit(parameters, data.Training);
        var bayesErrors = new HclBayesErrors(
            HclEvaluator.Mistakes(bayes, data.Training, device),
            HclEvaluator.Mistakes(bayes, data.FreshTest, device),
            HclEvaluator.Mistakes(bayes, data.RepresentedTest, device),
            HclEvaluator.Mistakes(bayes, data.SingletonTest, device));
        return new Outcome(data, run, result.GuessingReference, bayesErrors);
    }
}
