using Memorization.Experiments.Hcl;
using Memorization.Tasks;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>One trained model's run of the published experiment, with the data it saw and the Bayes yardstick.</summary>
/// <param name="Setup">What was run.</param>
/// <param name="Model">Which model.</param>
/// <param name="Data">The generated data set (instance, training set, test sets).</param>
/// <param name="Run">Checkpoints: loss, errors, attacks.</param>
/// <param name="GuessingReference">(1 + ρ)/2: the recovery of a guesser who knows P but not the data.</param>
/// <param name="Bayes">The Bayes-optimal learner's mistakes on the same sets.</param>
public sealed record HclModelOutcome(
    HclExperimentSetup Setup, HclModelKind Model, HclDataSet Data, HclModelRun Run, double GuessingReference, HclBayesErrors Bayes)
{
    /// <summary>The last checkpoint that was attacked (the final one: the runner always attacks it).</summary>
    public HclCheckpoint FinalAttacked => Run.Attacked.Last();

    /// <summary>Wall time of the whole run (data, training, attacks, Bayes yardstick), shared by every claim that reads it.</summary>
    public TimeSpan RunTime { get; init; }

    /// <summary>The short name used in metric names: <c>lr</c> or <c>mlp</c>.</summary>
    public string Prefix => Model.MetricPrefix();
}
