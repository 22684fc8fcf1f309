using MathNet.Numerics.LinearAlgebra;
using Memorization.Configuration;
using Memorization.Devices;
using TorchSharp;

namespace Memorization.Tests.Devices;

public class TorchDevicesTests
{
    [Fact]
    public void TorchInitialisesAndMultipliesLikeMathNet()
    {
        ResolvedDevice device = TorchDevices.Resolve(ReproSettings.Load(typeof(TorchDevicesTests).Assembly).Device);
        const int size = 256;
        var generator = new torch.Generator(20261129);
        using var a = torch.rand(size, size, dtype: torch.float64, generator: generator);
        using var b = torch.rand(size, size, dtype: torch.float64, generator: generator);
        using var product = torch.matmul(a.to(device.Torch), b.to(device.Torch)).cpu();

        Matrix<double> ma = Matrix<double>.Build.DenseOfRowMajor(size, size, a.data<double>().ToArray());
        Matrix<double> mb = Matrix<double>.Build.DenseOfRowMajor(size, size, b.data<double>().ToArray());
        Matrix<double> expected = ma * mb;
        Matrix<double> actual = Matrix<double>.Build.DenseOfRowMajor(size, size, product.data<double>().ToArray());

        double relativeError = (actual - expected).FrobeniusNorm() / expected.FrobeniusNorm();
        Assert.True(relativeError < 1e-4, $"relative error {relativeError:E3} on {device.Description}");
    }

    [Fact]
    public void CudaDemandedWithoutAGpuIsAClearError()
    {
        if (TorchDevices.CudaAvailable)
        {
            Assert.Equal("cuda", TorchDevices.Resolve(DeviceOption.Cuda).Name);
            return;
        }
        var ex = Assert.Throws<DeviceUnavailableException>(() => TorchDevices.Resolve(DeviceOption.Cuda));
        Assert.Contains("ReproDevice = cuda", ex.Message);
        Assert.Contains("-p:ReproDevice=auto or cpu", ex.Message);
    }

    [Fact]
    public void AutoFallsBackToTheCpuWhereThereIsNoGpu()
    {
        ResolvedDevice device = TorchDevices.Resolve(DeviceOption.Auto);
        Assert.Equal(TorchDevices.CudaAvailable ? "cuda" : "cpu", device.Name);
    }
}
