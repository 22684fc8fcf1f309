using System.Text.Json.Serialization;
using Memorization.Devices;

namespace Memorization.Claims.Running;

/// <summary>Where and how a measurement was made (docs/engineering.md#provenance).</summary>
/// <param name="GitCommit">The repository's HEAD commit, or <c>unknown</c>.</param>
/// <param name="TorchSharpVersion">TorchSharp's assembly version.</param>
/// <param name="LibTorchVersion">The LibTorch package version the build referenced.</param>
/// <param name="Device">The device's description, e.g. <c>cpu (2 threads)</c>.</param>
/// <param name="Os">The operating system.</param>
/// <param name="ProcessorCount">Logical processors.</param>
/// <param name="ThreadCount">LibTorch's intra-op threads (null when LibTorch was not loaded).</param>
/// <param name="Runtime">The .NET runtime.</param>
/// <param name="Tier">The tier.</param>
/// <param name="Seed">The root seed.</param>
/// <param name="WallTimeSeconds">The measurement's wall time.</param>
/// <param name="Date">When it ran (UTC, ISO 8601).</param>
/// <param name="Cpu">
/// The CPU and LibTorch/MKL dispatch it ran with (null when LibTorch was not used, and in baselines recorded
/// before provenance had it). Optional and left out of the JSON when null, so that the canonical JSON, and
/// with it the SHA-256 seal, of every baseline written before the field existed stays the same.
/// </param>
public sealed record Provenance(
    string GitCommit,
    string TorchSharpVersion,
    string LibTorchVersion,
    string Device,
    string Os,
    int ProcessorCount,
    int? ThreadCount,
    string Runtime,
    string Tier,
    ulong Seed,
    double WallTimeSeconds,
    string Date,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CpuIdentity? Cpu = null);
