using Memorization.Experiments.Bayes;
using Memorization.Tasks;

namespace Memorization.Claims.Measurements.Nsp;

/// <summary>
/// Claim NSP-BAYES (docs/tasks.md#singletons, docs/bayes-optimal.md#nsp-predictor): on next-symbol prediction, the Bayes-optimal predictor — which keeps every
/// training string — predicts the next bit of queries from singleton subpopulations far better than its forgetful
/// variant (singleton subpopulations treated as unseen), which is near chance (1/2) there. No training.
/// </summary>
/// <remarks>Parameters: the data block of <see cref="NspExperimentSetup"/> (<c>n</c>, <c>dimension</c>, <c>subpopulations</c>, <c>delta</c>, <c>test_size</c>).</remarks>
public sealed class NspBayesOptimalityMeasurement : IClaimMeasurement
{
    /// <inheritdoc />
    public string ClaimId => "NSP-BAYES";

    /// <inheritdoc />
    public IReadOnlyList<string> Metrics { get; } =
    [
        "bayes_singleton_error", "forgetful_singleton_error", "forgetting_penalty",
        "bayes_represented_error", "forgetful_represented_error", "bayes_fresh_error", "noise_rate",
    ];

    /// <inheritdoc />
    public ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        NspParameters parameters = NspExperimentSetup.DataFrom(claimCase);
        TorchSharp.torch.Device device = claimCase.RequireDevice().Torch;
        NspForgettingStudy.Outcome study = NspForgettingStudy.Run(parameters, claimCase.Seed, device);
        NspDataSet data = study.Data;
        var comparison = new ForgettingComparison(study.Mistakes);
        bool[] bayesFresh = study.BayesFresh;
        progress?.Report(1.0);
        List<MetricValue> metrics = claimCase.AtEveryLevel(level =>
            comparison.Metrics(level).Prepend(MetricValue.Exact("noise_rate", parameters.NoiseRate))
                .Append(ClaimMetrics.Error("bayes_fresh_error", bayesFresh, level)));

        return new ClaimMeasurementResult(metrics, [],
        [
            parameters.ToString(),
            $"{data.SingletonIndices.Count} singletons; queries at uniform positions T (early positions cannot identify the subpopulation: both predictors err there)",
            "errors: Clopper–Pearson; forgetting penalty: paired per-query differences, exact (Clopper–Pearson on both discordant counts, Bonferroni)",
        ]);
    }
}
