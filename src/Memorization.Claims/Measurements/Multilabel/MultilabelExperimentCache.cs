using Memorization.Experiments;
using Memorization.Experiments.Multilabel;

namespace Memorization.Claims.Measurements.Multilabel;

/// <summary>
/// One multilabel HCL run per setup and process: ML-ACC, ML-RECON, ML-IRRELEVANT and ML-MI-BOUND read the same trained model
/// and attack. Runs are deterministic given the setup (named seeds), so sharing changes no result.
/// </summary>
public static class MultilabelExperimentCache
{
    private static readonly RunCache<MultilabelOutcome> Runs = new();

    /// <summary>The outcome of <paramref name="setup"/> on <paramref name="device"/>, run the first time it is asked for.</summary>
    public static MultilabelOutcome Get(MultilabelSetup setup, Devices.ResolvedDevice device, IProgress<ExperimentProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(device);
        return Runs.Get(setup.Key(device.Name), () =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            MultilabelHclResult result = MultilabelHclExperiment.Run(setup.Options, device.Torch, progress);
            return new MultilabelOutcome(setup, result, clock.Elapsed);
        });
    }

    /// <summary>Forgets every outcome (a seed sweep clears between seeds).</summary>
    public static void Clear() => Runs.Clear();
}
