using Memorization.Evaluation;
using Memorization.Learners.Bayes;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Experiments.Bayes;

/// <summary>
/// NSP without training: generate the data set, fit the Bayes-optimal predictor and its forgetful variant, and record
/// their mistakes on the singleton and represented queries, and the Bayes-optimal predictor's on fresh queries.
/// </summary>
public static class NspForgettingStudy
{
    /// <summary>The data set, both predictors' mistakes, and the Bayes-optimal predictor's mistakes on fresh queries.</summary>
    public sealed record Outcome(NspDataSet Data, ForgettingMistakes Mistakes, bool[] BayesFresh);

    /// <summary>Runs the study on <paramref name="parameters"/> with data from <paramref name="seed"/>.</summary>
    public static Outcome Run(NspParameters parameters, ulong seed, torch.Device device)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        NspDataSet data = NspDataSet.Generate(parameters, seed);
        using NspBayesOptimal bayes = NspBayesOptimal.Fit(parameters, data.Training);
        using NspBayesOptimal forgetful = NspBayesOptimal.FitForgetful(parameters, data.Training);
        var mistakes = new ForgettingMistakes(
            NspEvaluator.Mistakes(bayes, data.SingletonQueries, device),
            NspEvaluator.Mistakes(forgetful, data.SingletonQueries, device),
            NspEvaluator.Mistakes(bayes, data.RepresentedQueries, device),
            NspEvaluator.Mistakes(forgetful, data.RepresentedQueries, device));
        bool[] bayesFresh = NspEvaluator.Mistakes(bayes, data.FreshQueries, device);
        return new Outcome(data, mistakes, bayesFresh);
    }
}
