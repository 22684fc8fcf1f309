using Memorization.Experiments.Bayes;
using Memorization.Tasks;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>
/// Claim BAYES (docs/tasks.md#singletons, docs/bayes-optimal.md): on hypercube cluster labeling, the Bayes-optimal learner — which keeps every
/// training example, singletons included — has low error on queries from singleton subpopulations, while the
/// forgetful variant (singleton subpopulations treated as unseen) is near chance there; on subpopulations seen
/// at least once both do well. No training: the predictors are closed forms.
/// </summary>
/// <remarks>
/// Parameters: the data block of <see cref="HclExperimentSetup"/> (<c>n</c>, <c>dimension</c>, <c>subpopulations</c>,
/// <c>rho</c> or <c>rho_a</c>, <c>test_size</c>). The forgetful learner's penalty is the paired per-query
/// difference of mistakes (exact: Clopper–Pearson on the discordant counts).
/// </remarks>
public sealed class BayesOptimalityMeasurement : IClaimMeasurement
{
    /// <inheritdoc />
    public string ClaimId => "BAYES";

    /// <inheritdoc />
    public IReadOnlyList<string> Metrics { get; } =
    [
        "bayes_singleton_error", "forgetful_singleton_error", "forgetting_penalty",
        "bayes_represented_error", "forgetful_represented_error", "chance_singleton_error",
    ];

    /// <inheritdoc />
    public ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        HclExperimentSetup setup = HclExperimentSetup.From(claimCase);
        Devices.ResolvedDevice device = claimCase.RequireDevice();
        HclForgettingStudy.Outcome study = HclForgettingStudy.Run(setup.Parameters, setup.Seed, device.Torch);
        HclDataSet data = study.Data;
        var comparison = new ForgettingComparison(study.Mistakes);
        progress?.Report(1.0);

        // Chance for the forgetful learner on a singleton query: a uniform guess among the subpopulations it cannot
        // tell apart — every one with no or a single training example.
        int indistinguishable = data.Counts.Count(m => m <= 1);
        List<MetricValue> metrics = claimCase.AtEveryLevel(level =>
            comparison.Metrics(level).Prepend(MetricValue.Exact("chance_singleton_error", 1.0 - 1.0 / indistinguishable)));

        return new ClaimMeasurementResult(metrics, [],
        [
            setup.Parameters.ToString(),
            $"{data.SingletonIndices.Count} singletons; {indistinguishable} subpopulations with ≤ 1 training example",
            "errors: Clopper–Pearson; forgetting penalty: paired per-query differences, exact (Clopper–Pearson on both discordant counts, Bonferroni)",
        ]);
    }
}
