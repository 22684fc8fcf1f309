namespace Memorization.Devices;

/// <summary>
/// The CPU capability LibTorch's ATen dispatches its vectorised kernels for: <c>avx512</c>, <c>avx2</c> or
/// <c>default</c>. Two runs of one seed give the same bits only when this (and the thread count) agree.
/// </summary>
/// <remarks>
/// TorchSharp 0.107 exposes no query for it, and LibTorch exports it only as a C++ function returning
/// <c>std::string</c>, which P/Invoke cannot call portably. So it is <b>derived</b> here the way ATen's
/// <c>compute_cpu_capability</c> (aten/src/ATen/native/DispatchStub.cpp) decides on x86: the
/// <c>ATEN_CPU_CAPABILITY</c> environment variable when it is exactly <c>avx512</c>, <c>avx2</c> or
/// <c>default</c> (ATen honours it without checking the CPU; other values it ignores with a warning); else
/// <c>avx512</c> when the CPU has avx512f, avx512bw, avx512vl, avx512dq and fma; else <c>avx2</c> when it has
/// avx2 and fma; else <c>default</c>. Without the CPU's flags (no <c>/proc/cpuinfo</c>) or on a non-x86
/// processor (where ATen has other capabilities, e.g. SVE) it is <c>unknown</c> unless the variable sets it.
/// </remarks>
public static class AtenCapability
{
    /// <summary>The environment variable ATen reads once, when it first dispatches a kernel.</summary>
    public const string Variable = "ATEN_CPU_CAPABILITY";

    /// <summary>The values ATen's x86 builds accept in <see cref="Variable"/>.</summary>
    public static IReadOnlyList<string> Accepted { get; } = ["avx512", "avx2", "default"];

    private static readonly string[] Avx512Flags = ["avx512f", "avx512bw", "avx512vl", "avx512dq", "fma"];
    private static readonly string[] Avx2Flags = ["avx2", "fma"];

    /// <summary>What ATen would pick from the CPU's <paramref name="flags"/> alone (x86; see the remarks).</summary>
    public static string Derive(IReadOnlySet<string> flags) =>
        Avx512Flags.All(flags.Contains) ? "avx512"
        : Avx2Flags.All(flags.Contains) ? "avx2"
        : "default";

    /// <summary>
    /// The capability and where it comes from: the <paramref name="variable"/>'s value when ATen accepts it,
    /// else derived from <paramref name="flags"/> (null: not known, or not an x86 processor).
    /// </summary>
    /// <param name="variable">The value of <c>ATEN_CPU_CAPABILITY</c>, or null when unset.</param>
    /// <param name="flags">The CPU's flags when known and x86, else null.</param>
    public static (string Value, string Source) Resolve(string? variable, IReadOnlySet<string>? flags)
    {
        if (variable is not null && Accepted.Contains(variable))
        {
            return (variable, $"{Variable}={variable}");
        }

        string ignored = variable is null ? "" : $"{Variable}={variable} ignored by ATen (not {string.Join(", ", Accepted)}); ";
        return flags is null
            ? ("unknown", ignored + "CPU flags unknown")
            : (Derive(flags), ignored + "derived from the CPU flags");
    }
}
