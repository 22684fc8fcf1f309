namespace Memorization.Configuration;

/// <summary>Which TorchSharp native bundle the build referenced (<c>TorchBackend</c>).</summary>
public enum TorchBackend
{
    /// <summary>LibTorch for the CPU.</summary>
    Cpu,

    /// <summary>LibTorch with CUDA (GPU runners).</summary>
    Cuda,
}
