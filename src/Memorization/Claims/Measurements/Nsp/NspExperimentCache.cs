using Memorization.Evaluation;
using Memorization.Experiments.Nsp;
using Memorization.Learners.Bayes;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Claims.Measurements.Nsp;

/// <summary>
/// One run of the NSP experiment per setup and process: NSP-ACC, NSP-RECON, NSP-IRRELEVANT and NSP-MI-BOUND read the
/// same trained model, so it is trained and attacked once. Runs are deterministic given the setup (named seeds).
/// </summary>
public static class NspExperimentCache
{
    private static readonly RunCache<NspOutcome> Runs = new();

    /// <summary>The outcome of <paramref name="setup"/> on <paramref name="device"/>.</summary>
    public static NspOutcome Get(NspExperimentSetup setup, Devices.ResolvedDevice device) =>
        Runs.Get(setup.Key(device.Name), () => Run(setup, device.Torch));

    /// <summary>Forgets every outcome (keys carry the seed, so a sweep would otherwise hold every seed's models and data).</summary>
    public static void Clear() => Runs.Clear();

    private static NspOutcome Run(NspExperimentSetup setup, torch.Device device)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        NspDataSet data = NspDataSet.Generate(setup.Parameters, setup.Seed);
        using var scope = torch.NewDisposeScope();
        NspExperimentResult result = NspExperiment.Run(Inputs(data, device), setup.Options(), device);
        using NspBayesOptimal bayes = NspBayesOptimal.Fit(setup.Parameters, data.Training);
        using NspBayesOptimal forgetful = NspBayesOptimal.FitForgetful(setup.Parameters, data.Training);
        var bayesMistakes = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        var forgetfulMistakes = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        foreach (QuerySplit split in NspOutcome.Splits)
        {
            NspQueries queries = data.Queries(split);
            if (queries.Count > 0)
            {
                bayesMistakes[NspOutcome.SetName(split)] = NspEvaluator.Mistakes(bayes, queries, device);
                forgetfulMistakes[NspOutcome.SetName(split)] = NspEvaluator.Mistakes(forgetful, queries, device);
            }
        }

        return new NspOutcome(setup, data, result, bayesMistakes, forgetfulMistakes) { RunTime = clock.Elapsed };
    }

    /// <summary>The experiment's tensors: training strings, subpopulations, centres, and one query set per non-empty split.</summary>
    private static NspExperimentInputs Inputs(NspDataSet data, torch.Device device)
    {
        torch.Tensor centres = data.Instance.CentresTensor(device);
        var sets = new List<NspQuerySet>();
        foreach (QuerySplit split in NspOutcome.Splits)
        {
            NspQueries queries = data.Queries(split);
            if (queries.Count == 0)
            {
                continue;
            }

            int[] counts = queries.Strings.Subpopulations.Select(j => data.Counts[j]).ToArray();
            torch.Tensor subpopulations = queries.Strings.SubpopulationsTensor(device);
            sets.Add(new NspQuerySet(
                NspOutcome.SetName(split),
                queries.Strings.ToTensor(device),
                queries.PositionsTensor(device),
                torch.tensor(counts.Select(c => (long)c).ToArray(), device: device),
                centres.index_select(0, subpopulations)));
        }

        return new NspExperimentInputs(data.Training.ToTensor(device), data.Training.SubpopulationsTensor(device), centres, data.Parameters.NoiseRate, sets);
    }
}
