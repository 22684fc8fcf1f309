using System.Runtime.InteropServices;

namespace Memorization.Devices;

/// <summary>
/// Reads this machine's <see cref="CpuIdentity"/>: <c>/proc/cpuinfo</c> on Linux (elsewhere model, vendor
/// and flags are <c>unknown</c>), and the environment variables ATen and MKL read.
/// </summary>
public static class CpuIdentityProbe
{
    /// <summary>Where Linux describes its processors.</summary>
    public const string CpuInfoPath = "/proc/cpuinfo";

    private static readonly Lazy<CpuInfo?> Machine = new(ReadCpuInfo);

    /// <summary>The identity of this machine and process, with LibTorch's <paramref name="threadCount"/>.</summary>
    public static CpuIdentity Current(int? threadCount) =>
        Create(Machine.Value, Environment.GetEnvironmentVariable, threadCount,
            RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86);

    /// <summary>The identity from a parsed <paramref name="info"/> (null: unknown) and an <paramref name="environment"/> lookup.</summary>
    /// <param name="info">The parsed <c>/proc/cpuinfo</c>, or null where there is none.</param>
    /// <param name="environment">The value of an environment variable, or null when unset.</param>
    /// <param name="threadCount">LibTorch's intra-op threads, or null when unknown.</param>
    /// <param name="x86">Whether the process runs on x86, where the capability can be derived from the flags.</param>
    public static CpuIdentity Create(CpuInfo? info, Func<string, string?> environment, int? threadCount, bool x86)
    {
        (string capability, string source) = AtenCapability.Resolve(environment(AtenCapability.Variable), x86 ? info?.Flags : null);
        Dictionary<string, string> settings = [];
        foreach (string name in CpuIdentity.SettingNames)
        {
            if (environment(name) is { } value)
            {
                settings[name] = value;
            }
        }

        return new CpuIdentity(info?.Model ?? "unknown", info?.Vendor ?? "unknown", info?.Relevant ?? [], capability, source, threadCount, settings);
    }

    private static CpuInfo? ReadCpuInfo()
    {
        try
        {
            return File.Exists(CpuInfoPath) ? CpuInfo.Parse(File.ReadAllText(CpuInfoPath)) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
