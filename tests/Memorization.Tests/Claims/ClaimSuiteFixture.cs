using Memorization.Claims;
using Memorization.Claims.Measurements;
using Memorization.Devices;
using TorchSharp;

namespace Memorization.Tests.Claims;

/// <summary>Helpers to run claims in a temp repository with fake measurements and a fake CPU device.</summary>
internal static class ClaimSuiteFixture
{
    public static ResolvedDevice FakeCpu(DeviceOption option) => option == DeviceOption.Cuda
        ? throw new DeviceUnavailableException("ReproDevice = cuda was demanded, but torch.cuda.is_available() is false on this machine (test).")
        : new ResolvedDevice(torch.CPU, DeviceOption.Cpu, "cpu (test)");

    public static ClaimSuite Suite(TempRepository repo, params IClaimMeasurement[] measurements) =>
        new(repo.Repository, FakeMeasurement.Catalog(measurements), FakeCpu);
}
