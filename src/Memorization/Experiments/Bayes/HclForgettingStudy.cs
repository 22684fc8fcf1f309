using Memorization.Evaluation;
using Memorization.Learners.Bayes;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Experiments.Bayes;

/// <summary>
/// HCL without training: generate the data set, fit the Bayes-optimal predictor and its forgetful variant (closed
/// forms), and record both predictors' mistakes on the singleton and represented test queries.
/// </summary>
public static class HclForgettingStudy
{
    /// <summary>The data set and both predictors' mistakes.</summary>
    public sealed record Outcome(HclDataSet Data, ForgettingMistakes Mistakes);

    /// <summary>Runs the study on <paramref name="parameters"/> with data from <paramref name="seed"/>.</summary>
    public static Outcome Run(HclParameters parameters, ulong seed, torch.Device device)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        HclDataSet data = HclDataSet.Generate(parameters, seed);
        using HclBayesOptimal bayes = HclBayesOptimal.Fit(parameters, data.Training);
        using HclBayesOptimal forgetful = HclBayesOptimal.FitForgetful(parameters, data.Training);
        return new Outcome(data, new ForgettingMistakes(
            HclEvaluator.Mistakes(bayes, data.SingletonTest, device),
            HclEvaluator.Mistakes(forgetful, data.SingletonTest, device),
            HclEvaluator.Mistakes(bayes, data.RepresentedTest, device),
            HclEvaluator.Mistakes(forgetful, data.RepresentedTest, device)));
    }
}
