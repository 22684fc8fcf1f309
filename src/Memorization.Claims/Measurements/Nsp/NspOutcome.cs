using Memorization.Experiments.Nsp;
using Memorization.Tasks;

namespace Memorization.Claims.Measurements.Nsp;

/// <summary>
/// One run of the NSP experiment with the data it saw and the yardsticks on the same queries: the Bayes-optimal
/// predictor and its forgetful variant (docs/bayes-optimal.md#forgetful-predictors), keyed by query set (<c>fresh</c>, <c>represented</c>,
/// <c>singletons</c>).
/// </summary>
/// <param name="Setup">What was run.</param>
/// <param name="Data">The instance, training set and query sets.</param>
/// <param name="Result">Checkpoints: loss, query errors and mistakes, attacks.</param>
/// <param name="BayesMistakes">The Bayes-optimal predictor's per-query mistakes per query set.</param>
/// <param name="ForgetfulMistakes">The forgetful predictor's per-query mistakes per query set.</param>
public sealed record NspOutcome(
    NspExperimentSetup Setup,
    NspDataSet Data,
    NspExperimentResult Result,
    IReadOnlyDictionary<string, bool[]> BayesMistakes,
    IReadOnlyDictionary<string, bool[]> ForgetfulMistakes)
{
    /// <summary>Wall time of the whole run (data, training, attacks, yardsticks), shared by every claim that reads it.</summary>
    public TimeSpan RunTime { get; init; }

    /// <summary>The final checkpoint.</summary>
    public NspCheckpointRecord Final => Result.Final;

    /// <summary>The noise rate p = δ/2.</summary>
    public double NoiseRate => Data.Parameters.NoiseRate;
}
