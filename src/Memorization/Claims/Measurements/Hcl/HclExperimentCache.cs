using Memorization.Experiments.Hcl;
using Memorization.Learners.Bayes;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>
/// One run of each trained model per setup and process: the HCL claims (ACC, RECON, IRRELEVANT, MI-BOUND,
/// TRADEOFF) all read the same published experiment, so it is trained and attacked once and shared. Runs are
/// deterministic given the setup (named seeds), so sharing changes no result.
/// </summary>
public static class HclExperimentCache
{
    private static readonly RunCache<HclModelOutcome> Runs = new();

    /// <summary>The outcome of training and attacking <paramref name="model"/> under <paramref name="setup"/> on <paramref name="device"/>.</summary>
    public static HclModelOutcome Get(HclExperimentSetup setup, HclModelKind model, Devices.ResolvedDevice device) =>
        Runs.Get(setup.Key(model, device.Name), () => Run(setup, model, device.Torch));

    /// <summary>Forgets every outcome (keys carry the seed, so a sweep would otherwise hold every seed's models and data).</summary>
    public static void Clear() => Runs.Clear();

    private static HclModelOutcome Run(HclExperimentSetup setup, HclModelKind model, torch.Device device)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        HclDataSet data = HclDataSet.Generate(setup.Parameters, setup.Seed);
        using var scope = torch.NewDisposeScope();
        HclExperimentData tensors = HclExperimentTensors.From(data, device);
        HclExperimentResult result = HclExperimentRunner.Run(tensors, setup.Options(model), device);
        HclModelRun run = (model == HclModelKind.LogisticRegression ? result.LogisticRegression : result.Mlp)
            ?? throw new InvalidOperationException($"The experiment runner returned no {model} run although it was asked for one.");
        using HclBayesOptimal bayes = HclBayesOptimal.Fit(setup.Parameters, data.Training);
        var bayesErrors = new HclBayesErrors(
            Evaluation.HclEvaluator.Mistakes(bayes, data.Training, device),
            Evaluation.HclEvaluator.Mistakes(bayes, data.FreshTest, device),
            Evaluation.HclEvaluator.Mistakes(bayes, data.RepresentedTest, device),
            Evaluation.HclEvaluator.Mistakes(bayes, data.SingletonTest, device));
        return new HclModelOutcome(setup, model, data, run, result.GuessingReference, bayesErrors) { RunTime = clock.Elapsed };
    }
}
