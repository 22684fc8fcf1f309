using Memorization.Experiments;
using Memorization.Experiments.Hcl;
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
    /// <remarks><c>progress</c> is told how the run goes when this call runs it (not when the outcome is already there).</remarks>
    public static HclModelOutcome Get(HclExperimentSetup setup, HclModelKind model, Devices.ResolvedDevice device, IProgress<ExperimentProgress>? progress = null) =>
        Runs.Get(setup.Key(model, device.Name), () => RunUncached(setup, model, device.Torch, progress));

    /// <summary>Forgets every outcome (keys carry the seed, so a sweep would otherwise hold every seed's models and data).</summary>
    public static void Clear() => Runs.Clear();

    /// <summary>
    /// The run behind <see cref="Get"/>, without the cache: always trains and attacks (<c>repro bench hcl --full</c> times
    /// exactly the claims' work this way, and a benchmark's repeats must not be served from memory).
    /// </summary>
    public static HclModelOutcome RunUncached(HclExperimentSetup setup, HclModelKind model, torch.Device device, IProgress<ExperimentProgress>? progress = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        HclExperimentPipeline.Outcome r = HclExperimentPipeline.Run(setup.Parameters, setup.Seed, model, setup.Options(model), device, progress);
        return new HclModelOutcome(setup, model, r.Data, r.Run, r.GuessingReference, r.Bayes) { RunTime = clock.Elapsed };
    }
}
