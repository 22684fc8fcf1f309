using Memorization.Claims;
using Memorization.Claims.Measurements;
using Memorization.Devices;
using TorchSharp;

namespace Memorization.Tests.Claims;

/// <summary>Helpers to run claims in a temp repository with fake measurements and a fake CPU device.</summary>
internal static class ClaimSuiteFixture
{
    public static ResolvedDevice FakeCpu(DeviceOption option) => option == DeviceOption.Cuda
        ? throw new DeviceUnavailableException($"ReproDevice = cuda was demanded, but {TorchDevices.CudaUnavailable} (test). Run on a GPU runner built with -p:TorchBackend=cuda, or choose -p:ReproDevice=auto or cpu.")
        : new ResolvedDevice(torch.CPU, DeviceOption.Cpu, "cpu (test)");

    public static ClaimSuite Suite(TempRepository repo, params IClaimMeasurement[] measurements) =>
        new(repo.Repository, FakeMeasurement.Catalog(measurements), FakeCpu);
}
