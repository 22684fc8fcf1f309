using TorchSharp;

namespace Memorization.Devices;

/// <summary>
/// Loads LibTorch once and turns a <see cref="DeviceOption"/> into the device a run uses.
/// </summary>
/// <remarks>
/// TorchSharp throws a raw native-load trace when CUDA is touched on a machine without it, so
/// <c>torch.cuda</c> is only asked through <c>torch.cuda.is_available()</c>, after LibTorch loaded.
/// </remarks>
public static class TorchDevices
{
    private static readonly Lazy<Exception?> LoadFailure = new(TryLoad);

    /// <summary>Whether LibTorch can drive a CUDA device in this process.</summary>
    public static bool CudaAvailable
    {
        get
        {
            EnsureLoaded();
            return torch.cuda.is_available();
        }
    }

    /// <summary>Why cuda cannot be served here (part of the message of <see cref="Resolve"/>; <c>repro</c> recognises it).</summary>
    public const string CudaUnavailable =
        "torch.cuda.is_available() is false on this machine (no GPU, no CUDA driver, or a CPU-only TorchSharp bundle)";

    /// <summary>Resolves <paramref name="option"/>: <c>auto</c> → cuda when available, else cpu.</summary>
    /// <exception cref="DeviceUnavailableException">cuda was demanded and there is none, or LibTorch cannot load.</exception>
    public static ResolvedDevice Resolve(DeviceOption option)
    {
        EnsureLoaded();
        bool cuda = torch.cuda.is_available();
        switch (option)
        {
            case DeviceOption.Cuda when !cuda:
                throw new DeviceUnavailableException(
                    $"ReproDevice = cuda was demanded, but {CudaUnavailable}. Run on a GPU runner built with " +
                    "-p:TorchBackend=cuda, or choose -p:ReproDevice=auto or cpu.");
            case DeviceOption.Cuda:
            case DeviceOption.Auto when cuda:
                return new ResolvedDevice(torch.CUDA, DeviceOption.Cuda, $"cuda ({torch.cuda.device_count()} device(s))");
            default:
                return new ResolvedDevice(torch.CPU, DeviceOption.Cpu, $"cpu ({torch.get_num_threads()} threads)");
        }
    }

    /// <summary>Makes sure LibTorch's native library is loaded, with a clear error if not.</summary>
    /// <exception cref="DeviceUnavailableException">The native library does not load on this host.</exception>
    public static void EnsureLoaded()
    {
        if (LoadFailure.Value is { } failure)
        {
            throw new DeviceUnavailableException(
                "LibTorch's native library did not load: " + failure.GetBaseException().Message + " On Linux hosts whose " +
                "libstdc++ predates GCC 13, the build's native fix must have run: rebuild and look for the line " +
                "'Native fix: removed the unused GLIBCXX_3.4.32 requirement' in the build log.", failure);
        }
    }

    private static Exception? TryLoad()
    {
        try
        {
            torch.InitializeDeviceType(DeviceType.CPU);
            return null;
        }
        catch (Exception ex) when (ex is TypeInitializationException or NotSupportedException or DllNotFoundException or InvalidOperationException)
        {
            return ex;
        }
    }
}
