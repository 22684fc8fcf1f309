using Memorization.Evaluation;
using Memorization.Information;
using Memorization.Learners.Bayes;
using Memorization.Randomness;
using Memorization.Tasks;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>
/// Claim EXACT (PAPER.md §1.1, §4): on tiny hypercube-cluster-labeling instances, where every training set can be
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
        catch (ArgumentException ex)
        {
            throw new ClaimParameterException($"{claimCase.Tier.Location}: claim {claimCase.ClaimId}, tier {claimCase.TierName}: {ex.Message}");
        }

        int instances = claimCase.GetInt("instances");
        int trainingSets = claimCase.GetInt("training_sets");
        var bayesInfo = new List<ExactInformation>();
        var forgetfulInfo = new List<ExactInformation>();
        var bayesErrors = new List<double>();
        var forgetfulErrors = new List<double>();
        for (int i = 0; i < instances; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report((double)i / instances);
            HclInstance instance = HclInstance.Generate(p, SeedDerivation.Stream(claimCase.Seed, SeedStreams.ExactInstance(i)));
            bayesInfo.Add(ExactHclInformation.Compute(instance, x => HclBayesOptimal.Fit(p, x)));
            forgetfulInfo.Add(ExactHclInformation.Compute(instance, x => HclBayesOptimal.FitForgetful(p, x)));
            for (int t = 0; t < trainingSets; t++)
            {
                HclDataSet data = HclDataSet.Generate(instance, SeedDerivation.Derive(claimCase.Seed, SeedStreams.ExactTrainingSet(i, t)));
                using HclBayesOptimal bayes = HclBayesOptimal.Fit(p, data.Training);
                using HclBayesOptimal forgetful = HclBayesOptimal.FitForgetful(p, data.Training);
                bayesErrors.Add(ExactErrors.Hcl(bayes, instance));
                forgetfulErrors.Add(ExactErrors.Hcl(forgetful, instance));
            }
        }

        progress?.Report(1.0);
        double[] penalties = forgetfulErrors.Select((f, k) => f - bayesErrors[k]).ToArray();
        var metrics = new List<MetricValue>();
        foreach (double level in claimCase.ConfidenceLevels)
        {
            metrics.Add(Mean("bayes_information_fraction", bayesInfo.Select(x => x.ModelInformation / x.DataEntropy).ToArray(), level));
            metrics.Add(Mean("forgetful_information_fraction", forgetfulInfo.Select(x => x.ModelInformation / x.DataEntropy).ToArray(), level));
            metrics.Add(Mean("bayes_information_bits", bayesInfo.Select(x => x.ModelInformation).ToArray(), level));
            metrics.Add(Mean("data_entropy_bits", bayesInfo.Select(x => x.DataEntropy).ToArray(), level));
            metrics.Add(Mean("bayes_exact_error", bayesErrors, level));
            metrics.Add(Mean("forgetful_exact_error", forgetfulErrors, level));
            metrics.Add(Mean("forgetting_error_penalty", penalties, level));
        }

        return new ClaimMeasurementResult(metrics, [],
        [
            $"{p}; {instances} instances enumerated exactly ({bayesInfo.Sum(x => x.TrainingSets)} training sets in all); {trainingSets} training sets per instance for errors",
            "M = the learner's full prediction table over {±1}^d; I(X;M|P) = H(M|P) for a deterministic learner; intervals Student-t over instances / (instance, training set) pairs",
        ]);
    }

    private static MetricValue Mean(string name, IReadOnlyList<double> values, double level)
    {
        (double mean, double lower, double upper) = ConfidenceBounds.StudentMean(values, level);
        return new MetricValue(name, mean, lower, upper, level, values.Count);
    }
}
