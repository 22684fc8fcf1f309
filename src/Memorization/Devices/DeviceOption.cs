namespace Memorization.Devices;

/// <summary>Where the user asks models to train and attacks to run (<c>ReproDevice</c>).</summary>
public enum DeviceOption
{
    /// <summary>CUDA when <c>torch.cuda.is_available()</c>, else the CPU.</summary>
    Auto,

    /// <summary>The CPU, even where a GPU exists.</summary>
    Cpu,

    /// <summary>A CUDA GPU; an error where there is none.</summary>
    Cuda,
}
