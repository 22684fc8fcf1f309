using System.Reflection;
using Memorization.Devices;

namespace Memorization.Configuration;

/// <summary>
/// The suite's run-time settings. Each comes, in order of precedence, from the environment variable
/// <c>REPRO_TIER</c>, <c>REPRO_DEVICE</c>, <c>REPRO_UPDATE_BASELINES</c> (for CI), <c>REPRO_ALLOW_GPU_TIERS_ON_CPU</c>,
/// from the MSBuild property of the same meaning baked into the calling assembly at build time (<c>ReproTier</c>,
/// <c>ReproDevice</c>, <c>UpdateBaselines</c>, <c>ReproAllowGpuTiersOnCpu</c>, <c>TorchBackend</c>), or from the default.
/// </summary>
public sealed record ReproSettings(Tier Tier, DeviceOption Device, TorchBackend Backend, bool UpdateBaselines, string? RepositoryRoot)
{
    public const string TierVariable = "REPRO_TIER";
    public const string DeviceVariable = "REPRO_DEVICE";
    public const string UpdateBaselinesVariable = "REPRO_UPDATE_BASELINES";
    public const string RootVariable = "REPRO_ROOT";
    public const string AllowGpuTiersOnCpuVariable = "REPRO_ALLOW_GPU_TIERS_ON_CPU";

    /// <summary>
    /// Run a tier marked <c>gpu: true</c> on the CPU on purpose instead of skipping it (hours on a small machine); default false.
    /// </summary>
    public bool AllowGpuTiersOnCpu { get; init; }

    /// <summary>The defaults: smoke tier, automatic device, CPU backend, baselines compared not rewritten.</summary>
    public static ReproSettings Default { get; } = new(Tier.Smoke, DeviceOption.Auto, TorchBackend.Cpu, false, null);

    /// <summary>Reads the settings for code built into <paramref name="assembly"/> (a test project or the CLI).</summary>
    /// <exception cref="InvalidOptionException">A value is misspelt (the message names the setting and the valid values), or a
    /// baseline update is asked for in a CI run without the override (<see cref="ContinuousIntegration"/>).</exception>
    public static ReproSettings Load(Assembly assembly) =>
        Load(name => assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == name)?.Value,
             Environment.GetEnvironmentVariable);

    /// <summary>Reads the settings from explicit sources (testable without touching the process environment).</summary>
    public static ReproSettings Load(Func<string, string?> buildMetadata, Func<string, string?> environment)
    {
        string? Pick(string variable, string property) =>
            NonEmpty(environment(variable)) ?? NonEmpty(buildMetadata(property));

        string? tier = Pick(TierVariable, "ReproTier");
        string? device = Pick(DeviceVariable, "ReproDevice");
        string? backend = NonEmpty(buildMetadata("TorchBackend"));
        string? update = Pick(UpdateBaselinesVariable, "UpdateBaselines");
        bool updateBaselines = update is null ? Default.UpdateBaselines : ParseFlag(update, $"UpdateBaselines ({UpdateBaselinesVariable})");
        if (updateBaselines)
        {
            ContinuousIntegration.EnsureBaselineUpdateAllowed(environment,
                NonEmpty(environment(UpdateBaselinesVariable)) is null ? "UpdateBaselines=true" : $"{UpdateBaselinesVariable}={update}");
        }

        string? allowGpuTiers = Pick(AllowGpuTiersOnCpuVariable, "ReproAllowGpuTiersOnCpu");
        return new ReproSettings(
            tier is null ? Default.Tier : OptionParser.Parse<Tier>(tier, $"ReproTier ({TierVariable})"),
            device is null ? Default.Device : OptionParser.Parse<DeviceOption>(device, $"ReproDevice ({DeviceVariable})"),
            backend is null ? Default.Backend : OptionParser.Parse<TorchBackend>(backend, "TorchBackend"),
            updateBaselines,
            NonEmpty(environment(RootVariable)) ?? NonEmpty(buildMetadata("ReproRoot")))
        {
            AllowGpuTiersOnCpu = allowGpuTiers is not null && ParseFlag(allowGpuTiers, $"ReproAllowGpuTiersOnCpu ({AllowGpuTiersOnCpuVariable})"),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static bool ParseFlag(string text, string setting) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "yes" => true,
        "false" or "0" or "no" => false,
        _ => throw new InvalidOptionException(setting, $"{setting} = '{text}' is not valid. Valid values: true, false."),
    };
}
