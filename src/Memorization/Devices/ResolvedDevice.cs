using TorchSharp;

namespace Memorization.Devices;

/// <summary>The device a run actually uses, with the words provenance records about it.</summary>
/// <param name="Torch">The TorchSharp device.</param>
/// <param name="Kind">cpu or cuda: the part of a baseline's file name that names the device.</param>
/// <param name="Description">What provenance shows, e.g. <c>cpu (2 threads)</c>.</param>
public sealed record ResolvedDevice(torch.Device Torch, DeviceOption Kind, string Description)
{
    /// <summary>The lower-case name used in file names: <c>cpu</c> or <c>cuda</c>.</summary>
    public string Name => Kind == DeviceOption.Cuda ? "cuda" : "cpu";
}
