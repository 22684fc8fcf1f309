using Memorization.Evaluation;
using Memorization.Learners.Bayes;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Experiments.Nsp;

/// <summary>
/// The NSP experiment end to end: generate the data set, build the experiment's tensors (training strings, one query
/// set per non-empty split), train and attack (<see cref="NspExperiment"/>), and measure the yardsticks on the same
/// queries: the Bayes-optimal predictor and its forgetful variant.
/// </summary>
public static class NspExperimentPipeline
{
    /// <summary>The outcome of one run.</summary>
    /// <param name="Data">The instance, training set and query sets.</param>
    /// <param name="Result">Checkpoints: loss, query errors and mistakes, attacks.</param>
    /// <param name="BayesMistakes">The Bayes-optimal predictor's per-query mistakes per query set (<see cref="NspQuerySets.Name"/>).</param>
    /// <param name="ForgetfulMistakes">The forgetful predictor's per-query mistakes per query set.</param>
    public sealed record Outcome(
        NspDataSet Data, NspExperimentResult Result, IReadOnlyDictionary<string, bool[]> BayesMistakes, IReadOnlyDictionary<string, bool[]> ForgetfulMistakes);

    /// <summary>Runs the experiment <paramref name="options"/> describe on <paramref name="parameters"/> with data from <paramref name="seed"/>.</summary>
    /// <param name="parameters">The NSP instance.</param>
    /// <param name="seed">The root seed of the data.</param>
    /// <param name="options">The experiment options.</param>
    /// <param name="device">Where to train.</param>
    /// <param name="progress">Told the step and checkpoint reached and what runs there; listening changes no result.</param>
    public static Outcome Run(NspParameters parameters, ulong seed, NspExperimentOptions options, torch.Device device, IProgress<ExperimentProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(options);
        NspDataSet data = NspDataSet.Generate(parameters, seed);
        using var scope = torch.NewDisposeScope();
        NspExperimentResult result = NspExperiment.Run(Inputs(data, device), options, device, progress);
        progress?.Report(new ExperimentProgress(1.0, "Bayes-optimal and forgetful yardsticks"));
        using NspBayesOptimal bayes = NspBayesOptimal.Fit(parameters, data.Training);
        using NspBayesOptimal forgetful = NspBayesOptimal.FitForgetful(parameters, data.Training);
        var bayesMistakes = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        var forgetfulMistakes = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        foreach (QuerySplit split in NspQuerySets.Splits)
        {
            NspQueries queries = data.Queries(split);
            if (queries.Count > 0)
            {
                bayesMistakes[NspQuerySets.Name(split)] = NspEvaluator.Mistakes(bayes, queries, device);
                forgetfulMistakes[NspQuerySets.Name(split)] = NspEvaluator.Mistakes(forgetful, queries, device);
            }
        }

        return new Outcome(data, result, bayesMistakes, forgetfulMistakes);
    }

    /// <summary>The experiment's tensors: training strings, subpopulations, centres, and one query set per non-empty split.</summary>
    private static NspExperimentInputs Inputs(NspDataSet data, torch.Device device)
    {
        torch.Tensor centres = data.Instance.CentresTensor(device);
        var sets = new List<NspQuerySet>();
        foreach (QuerySplit split in NspQuerySets.Splits)
        {
            NspQueries queries = data.Queries(split);
            if (queries.Count == 0)
            {
                continue;
            }

            int[] counts = queries.Strings.Subpopulations.Select(j => data.Counts[j]).ToArray();
            torch.Tensor subpopulations = queries.Strings.SubpopulationsTensor(device);
            sets.Add(new NspQuerySet(
                NspQuerySets.Name(split),
                queries.Strings.ToTensor(device),
                queries.PositionsTensor(device),
                torch.tensor(counts.Select(c => (long)c).ToArray(), device: device),
                centres.index_select(0, subpopulations)));
        }

        return new NspExperimentInputs(data.Training.ToTensor(device), data.Training.SubpopulationsTensor(device), centres, data.Parameters.NoiseRate, sets);
    }
}
