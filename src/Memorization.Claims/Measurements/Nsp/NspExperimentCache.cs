using Memorization.Experiments;
using Memorization.Experiments.Nsp;
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
    /// <remarks><c>progress</c> is told how the run goes when this call runs it (not when the outcome is already there).</remarks>
    public static NspOutcome Get(NspExperimentSetup setup, Devices.ResolvedDevice device, IProgress<ExperimentProgress>? progress = null) =>
        Runs.Get(setup.Key(device.Name), () => Run(setup, device.Torch, progress));

    /// <summary>Forgets every outcome (keys carry the seed, so a sweep would otherwise hold every seed's models and data).</summary>
    public static void Clear() => Runs.Clear();

    private static NspOutcome Run(NspExperimentSetup setup, torch.Device device, IProgress<ExperimentProgress>? progress)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        NspExperimentPipeline.Outcome r = NspExperimentPipeline.Run(setup.Parameters, setup.Seed, setup.Options(), device, progress);
        return new NspOutcome(setup, r.Data, r.Result, r.BayesMistakes, r.ForgetfulMistakes) { RunTime = clock.Elapsed };
    }
}
