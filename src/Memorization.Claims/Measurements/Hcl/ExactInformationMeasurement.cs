using Memorization.Information;
using Memorization.Tasks;
using Memorization.Experiments.Exact;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>
/// Claim EXACT (docs/bounds.md#the-headline-result, docs/bounds.md#exact-information): on tiny hypercube-cluster-labeling instances, where every training set can be
/// enumerated, the exact I(X;M|P) = H(M|P) of the Bayes-optimal learner (M its full prediction table) is a large
/// fraction of H(X|P), while the forgetful learner holds less and pays in error.
/// </summary>
/// <remarks>
/// Parameters: <c>n</c>, <c>dimension</c>, <c>subpopulations</c>, <c>rho</c> (the tiny instance), <c>instances</c>
/// (instances P sampled from stream <c>exact/instance/i</c>; each one's quantities are exact), <c>training_sets</c>
/// (training sets per instance drawn for the exact-error comparison). Intervals: Student-t over instances
/// (information) and over (instance, training set) pairs (errors).
/// </remarks>
public sealed class ExactInformationMeasurement : IClaimMeasurement
{
    /// <inheritdoc />
    public string ClaimId => "EXACT";

    /// <inheritdoc />
    public IReadOnlyList<string> Metrics { get; } =
    [
        "bayes_information_fraction", "forgetful_information_fraction", "bayes_information_bits", "data_entropy_bits",
        "bayes_exact_error", "forgetful_exact_error", "forgetting_error_penalty",
    ];

    /// <inheritdoc />
    public ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        HclParameters p;
        try
        {
            p = new HclParameters(claimCase.GetInt("n"), claimCase.GetInt("dimension"), claimCase.GetInt("subpopulations"), claimCase.GetDouble("rho"));
        }
        catch (InvalidParameterException ex)
        {
            throw new ClaimParameterException($"{claimCase.Tier.Location}: claim {claimCase.ClaimId}, tier {claimCase.TierName}: {ex.Message}");
        }

        int instances = claimCase.GetInt("instances");
        int trainingSets = claimCase.GetInt("training_sets");
        ExactHclStudy.Outcome study = ExactHclStudy.Run(p, claimCase.Seed, instances, trainingSets, progress, cancellationToken);
        IReadOnlyList<ExactInformation> bayesInfo = study.Bayes;
        IReadOnlyList<ExactInformation> forgetfulInfo = study.Forgetful;
        IReadOnlyList<double> bayesErrors = study.BayesErrors;
        IReadOnlyList<double> forgetfulErrors = study.ForgetfulErrors;
        double[] penalties = forgetfulErrors.Select((f, k) => f - bayesErrors[k]).ToArray();
        var metrics = new List<MetricValue>();
        foreach (double level in claimCase.ConfidenceLevels)
        {
            metrics.Add(ClaimMetrics.StudentMean("bayes_information_fraction", bayesInfo.Select(x => x.ModelInformation / x.DataEntropy).ToArray(), level));
            metrics.Add(ClaimMetrics.StudentMean("forgetful_information_fraction", forgetfulInfo.Select(x => x.ModelInformation / x.DataEntropy).ToArray(), level));
            metrics.Add(ClaimMetrics.StudentMean("bayes_information_bits", bayesInfo.Select(x => x.ModelInformation).ToArray(), level));
            metrics.Add(ClaimMetrics.StudentMean("data_entropy_bits", bayesInfo.Select(x => x.DataEntropy).ToArray(), level));
            metrics.Add(ClaimMetrics.StudentMean("bayes_exact_error", bayesErrors, level));
            metrics.Add(ClaimMetrics.StudentMean("forgetful_exact_error", forgetfulErrors, level));
            metrics.Add(ClaimMetrics.StudentMean("forgetting_error_penalty", penalties, level));
        }

        return new ClaimMeasurementResult(metrics, [],
        [
            $"{p}; {instances} instances enumerated exactly ({bayesInfo.Sum(x => x.TrainingSets)} training sets in all); {trainingSets} training sets per instance for errors",
            "M = the learner's full prediction table over {±1}^d; I(X;M|P) = H(M|P) for a deterministic learner; intervals Student-t over instances / (instance, training set) pairs",
        ]);
    }
}
