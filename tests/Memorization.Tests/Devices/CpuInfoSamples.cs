using Memorization.Devices;

namespace Memorization.Tests.Devices;

/// <summary>Trimmed <c>/proc/cpuinfo</c> texts of real processor families, and identities built from them.</summary>
internal static class CpuInfoSamples
{
    /// <summary>The identity of an x86 machine with <paramref name="cpuInfo"/>, <paramref name="threads"/> and maybe MKL_CBWR set.</summary>
    public static CpuIdentity Identity(string cpuInfo, int threads = 2, string? mklCbwr = null) =>
        CpuIdentityProbe.Create(CpuInfo.Parse(cpuInfo), name => name == "MKL_CBWR" ? mklCbwr : null, threads, x86: true);

    /// <summary>Intel Ice Lake server: AVX-512 (f, dq, bw, vl, vnni), no bf16.</summary>
    public const string IntelAvx512 = """
        processor	: 0
        vendor_id	: GenuineIntel
        cpu family	: 6
        model		: 106
        model name	: Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz
        flags		: fpu vme de pse sse sse2 ssse3 fma cx16 sse4_1 sse4_2 avx f16c rdrand avx2 bmi2 avx512f avx512dq avx512ifma avx512cd avx512bw avx512vl avx512vbmi avx512_vnni avx512_bitalg
        bogomips	: 5799.99

        processor	: 1
        vendor_id	: GenuineIntel
        model name	: Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz
        flags		: fpu vme de pse sse sse2 ssse3 fma cx16 sse4_1 sse4_2 avx f16c rdrand avx2 bmi2 avx512f avx512dq avx512ifma avx512cd avx512bw avx512vl avx512vbmi avx512_vnni avx512_bitalg amx_tile

        """;

    /// <summary>Intel Haswell desktop: AVX2 and FMA, no AVX-512.</summary>
    public const string IntelAvx2 = """
        processor	: 0
        vendor_id	: GenuineIntel
        model name	: Intel(R) Core(TM) i7-4770 CPU @ 3.40GHz
        flags		: fpu vme sse sse2 ssse3 fma cx16 sse4_1 sse4_2 popcnt avx f16c rdrand avx2 bmi1 bmi2
        """;

    /// <summary>Intel Sapphire Rapids: AVX-512 with bf16 and fp16, and AMX.</summary>
    public const string IntelAmx = """
        processor	: 0
        vendor_id	: GenuineIntel
        model name	: Intel(R) Xeon(R) Platinum 8488C
        flags		: fpu sse sse2 fma avx avx2 avx512f avx512dq avx512cd avx512bw avx512vl avx512_bf16 avx512_vnni avx512_fp16 amx_bf16 amx_tile amx_int8
        """;

    /// <summary>AMD Zen 4 (Genoa): AVX-512 with bf16.</summary>
    public const string AmdAvx512 = """
        processor	: 0
        vendor_id	: AuthenticAMD
        cpu family	: 25
        model name	: AMD EPYC 9R14 96-Core Processor
        flags		: fpu sse sse2 fma cx16 sse4_1 sse4_2 avx f16c avx2 bmi2 avx512f avx512dq avx512ifma avx512cd avx512bw avx512vl avx512_bf16 avx512vbmi avx512_vnni
        """;

    /// <summary>AMD Zen 3 (Milan): AVX2 and FMA, no AVX-512.</summary>
    public const string AmdAvx2 = """
        processor	: 0
        vendor_id	: AuthenticAMD
        model name	: AMD EPYC 7B13
        flags		: fpu sse sse2 fma cx16 sse4_1 sse4_2 avx f16c avx2 bmi1 bmi2 sha_ni
        """;

    /// <summary>Intel Knights Landing: avx512f without bw, vl, dq — ATen stays at avx2.</summary>
    public const string IntelAvx512FOnly = """
        processor	: 0
        vendor_id	: GenuineIntel
        model name	: Intel(R) Xeon Phi(TM) CPU 7250 @ 1.40GHz
        flags		: fpu sse sse2 fma avx avx2 avx512f avx512pf avx512er avx512cd
        """;

    /// <summary>An ARM server: no vendor_id, no model name, <c>Features</c> instead of <c>flags</c>.</summary>
    public const string Arm = """
        processor	: 0
        BogoMIPS	: 243.75
        Features	: fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics sve
        CPU implementer	: 0x41
        """;
}
