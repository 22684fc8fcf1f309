using Memorization.Claims.Measurements;
using Memorization.Configuration;
using Memorization.Devices;

namespace Memorization.Claims.Tests.Infrastructure;

/// <summary>The settings and the suite the claim tests run with: built-in MSBuild properties, REPRO_* overrides, the real claims/.</summary>
internal static class ClaimTestHost
{
    private static readonly Lazy<ReproSettings> LazySettings = new(() => ReproSettings.Load(typeof(ClaimTestHost).Assembly));

    public static ReproSettings Settings => LazySettings.Value;

    public static ClaimSuite Suite() =>
        new(ReproRepository.Locate(null, Settings.RepositoryRoot, AppContext.BaseDirectory), ClaimMeasurementCatalog.Default);

    /// <summary>The device name the run will use, for the <c>Device</c> trait (resolves LibTorch only under <c>auto</c>).</summary>
    public static string DeviceName()
    {
        switch (Settings.Device)
        {
            case DeviceOption.Cpu:
                return "cpu";
            case DeviceOption.Cuda:
                return "cuda";
            default:
                try
                {
                    return TorchDevices.CudaAvailable ? "cuda" : "cpu";
                }
                catch (DeviceUnavailableException)
                {
                    return "cpu";
                }
        }
    }

    public static bool CudaAvailable()
    {
        try
        {
            return TorchDevices.CudaAvailable;
        }
        catch (DeviceUnavailableException)
        {
            return false;
        }
    }
}
