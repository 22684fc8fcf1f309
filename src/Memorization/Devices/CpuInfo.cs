namespace Memorization.Devices;

/// <summary>
/// What Linux's <c>/proc/cpuinfo</c> says about the first processor: model name, vendor and the
/// instruction-set flags that decide which kernels LibTorch and MKL run.
/// </summary>
/// <remarks>
/// Only the first processor block is read: the logical processors of one machine share a model. Lines are
/// <c>key\t: value</c>; x86 kernels name the flags <c>flags</c> (ARM kernels: <c>Features</c>, no model name).
/// </remarks>
/// <param name="Model">The <c>model name</c> line, or null when absent.</param>
/// <param name="Vendor">The <c>vendor_id</c> line (<c>GenuineIntel</c>, <c>AuthenticAMD</c>), or null when absent.</param>
/// <param name="Flags">Every flag of the <c>flags</c> (or <c>Features</c>) line, lower case.</param>
public sealed record CpuInfo(string? Model, string? Vendor, IReadOnlySet<string> Flags)
{
    /// <summary>The flags worth recording, in this order: those that pick ATen's and MKL's vector kernels.</summary>
    public static IReadOnlyList<string> RelevantFlags { get; } =
    [
        "avx", "avx2", "fma", "avx512f", "avx512dq", "avx512bw", "avx512vl", "avx512_vnni", "avx512_bf16", "avx512_fp16",
        "amx_tile", "amx_bf16", "amx_int8",
    ];

    /// <summary>The <see cref="RelevantFlags"/> this processor has, in their fixed order.</summary>
    public IReadOnlyList<string> Relevant => RelevantFlags.Where(Flags.Contains).ToArray();

    /// <summary>Parses the text of <c>/proc/cpuinfo</c>; an empty or unrecognised text gives nulls and no flags.</summary>
    public static CpuInfo Parse(string text)
    {
        string? model = null;
        string? vendor = null;
        HashSet<string> flags = new(StringComparer.Ordinal);
        foreach (string line in text.Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                if (model is not null || vendor is not null || flags.Count > 0)
                {
                    break;
                }

                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            string key = line[..colon].Trim();
            string value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "model name" when value.Length > 0:
                    model = value;
                    break;
                case "vendor_id" when value.Length > 0:
                    vendor = value;
                    break;
                case "flags" or "Features":
                    flags.UnionWith(value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    break;
            }
        }

        return new CpuInfo(model, vendor, flags);
    }
}
