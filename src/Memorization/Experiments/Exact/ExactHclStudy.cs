using Memorization.Information;
using Memorization.Learners.Bayes;
using Memorization.Randomness;
using Memorization.Tasks;

namespace Memorization.Experiments.Exact;

/// <summary>
/// The exact study of tiny HCL instances: for each sampled instance P, the exact I(X;M|P) of the Bayes-optimal learner
/// and of its forgetful variant (every training set enumerated), and their exact errors over a few drawn training sets.
/// Streams under the root seed: <see cref="SeedStreams.ExactInstance"/> (instance i), <see cref="SeedStreams.ExactTrainingSet"/> (its
/// training set t).
/// </summary>
public static class ExactHclStudy
{
    /// <summary>The study's numbers, one entry per instance (information) or per (instance, training set) pair (errors).</summary>
    /// <param name="Bayes">Exact information of the Bayes-optimal learner, per instance.</param>
    /// <param name="Forgetful">Exact information of the forgetful learner, per instance.</param>
    /// <param name="BayesErrors">The Bayes-optimal learner's exact error, per (instance, training set).</param>
    /// <param name="ForgetfulErrors">The forgetful learner's exact error, per (instance, training set).</param>
    public sealed record Outcome(
        IReadOnlyList<ExactInformation> Bayes, IReadOnlyList<ExactInformation> Forgetful, IReadOnlyList<double> BayesErrors, IReadOnlyList<double> ForgetfulErrors);

    /// <summary>Runs the study on <paramref name="instances"/> instances of <paramref name="parameters"/>.</summary>
    public static Outcome Run(HclParameters parameters, ulong seed, int instances, int trainingSets, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var bayesInfo = new List<ExactInformation>();
        var forgetfulInfo = new List<ExactInformation>();
        var bayesErrors = new List<double>();
        var forgetfulErrors = new List<double>();
        for (int i = 0; i < instances; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report((double)i / instances);
            HclInstance instance = HclInstance.Generate(parameters, SeedDerivation.Stream(seed, SeedStreams.ExactInstance(i)));
            bayesInfo.Add(ExactHclInformation.Compute(instance, x => HclBayesOptimal.Fit(parameters, x)));
            forgetfulInfo.Add(ExactHclInformation.Compute(instance, x => HclBayesOptimal.FitForgetful(parameters, x)));
            for (int t = 0; t < trainingSets; t++)
            {
                HclDataSet data = HclDataSet.Generate(instance, SeedDerivation.Derive(seed, SeedStreams.ExactTrainingSet(i, t)));
                using HclBayesOptimal bayes = HclBayesOptimal.Fit(parameters, data.Training);
                using HclBayesOptimal forgetful = HclBayesOptimal.FitForgetful(parameters, data.Training);
                bayesErrors.Add(ExactErrors.Hcl(bayes, instance));
                forgetfulErrors.Add(ExactErrors.Hcl(forgetful, instance));
            }
        }

        progress?.Report(1.0);
        return new Outcome(bayesInfo, forgetfulInfo, bayesErrors, forgetfulErrors);
    }
}
