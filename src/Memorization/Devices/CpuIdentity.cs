using System.Globalization;
using System.Text.Json.Serialization;

namespace Memorization.Devices;

/// <summary>
/// The CPU a run computed on, as far as it decides the bits: training is chaotic, and LibTorch and MKL pick
/// different kernels by instruction set (AVX2 or AVX-512) and vendor (Intel or AMD), so a run on another CPU,
/// dispatch or thread count acts like a run with another seed. Recorded in provenance so that a baseline
/// mismatch can be diagnosed.
/// </summary>
/// <param name="Model">The CPU's model name (<c>/proc/cpuinfo</c>), or <c>unknown</c>.</param>
/// <param name="Vendor"><c>GenuineIntel</c>, <c>AuthenticAMD</c>, …, or <c>unknown</c>.</param>
/// <param name="Flags">The instruction sets among <see cref="CpuInfo.RelevantFlags"/> the CPU has (avx2, avx512f, amx_tile, …).</param>
/// <param name="AtenCapability">ATen's dispatched capability: <c>avx512</c>, <c>avx2</c>, <c>default</c> or <c>unknown</c> (see <see cref="Devices.AtenCapability"/>).</param>
/// <param name="AtenCapabilitySource">Where it comes from: the <c>ATEN_CPU_CAPABILITY</c> variable, or derived from the flags.</param>
/// <param name="ThreadCount">LibTorch's intra-op threads: part of the identity, since a reduction split over other threads adds in another order.</param>
/// <param name="Settings">The MKL and OpenMP variables (<see cref="SettingNames"/>) that were set, with their values.</param>
public sealed record CpuIdentity(
    string Model,
    string Vendor,
    IReadOnlyList<string> Flags,
    string AtenCapability,
    string AtenCapabilitySource,
    int? ThreadCount,
    IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>The environment variables recorded when set: those that change MKL's kernels or the thread count.</summary>
    public static IReadOnlyList<string> SettingNames { get; } =
        ["MKL_CBWR", "MKL_ENABLE_INSTRUCTIONS", "MKL_DEBUG_CPU_TYPE", "MKL_NUM_THREADS", "OMP_NUM_THREADS"];

    /// <summary>The settings that choose MKL's code path (the thread counts are compared as <see cref="ThreadCount"/>).</summary>
    public static IReadOnlyList<string> KernelSettingNames { get; } = ["MKL_CBWR", "MKL_ENABLE_INSTRUCTIONS", "MKL_DEBUG_CPU_TYPE"];

    /// <summary>One line for messages, e.g. <c>AMD EPYC 7B13 (AuthenticAMD), ATen avx2, 2 threads</c>, with any kernel setting.</summary>
    [JsonIgnore]
    public string Description
    {
        get
        {
            string threads = ThreadCount is { } t ? $"{t.ToString(CultureInfo.InvariantCulture)} thread{(t == 1 ? "" : "s")}" : "threads unknown";
            string settings = string.Concat(KernelSettings.Select(s => $", {s.Key}={s.Value}"));
            return $"{Model} ({Vendor}), ATen {AtenCapability}, {threads}{settings}";
        }
    }

    /// <summary>
    /// Whether a run here computes the same bits as one on <paramref name="other"/>, as far as the identity can
    /// tell: same model and vendor, same ATen capability, same thread count, same MKL kernel settings.
    /// </summary>
    public bool DispatchesLike(CpuIdentity other) =>
        Model == other.Model && Vendor == other.Vendor && AtenCapability == other.AtenCapability && ThreadCount == other.ThreadCount &&
        KernelSettings.SequenceEqual(other.KernelSettings);

    private IEnumerable<KeyValuePair<string, string>> KernelSettings =>
        KernelSettingNames.Where(Settings.ContainsKey).Select(n => KeyValuePair.Create(n, Settings[n]));
}
