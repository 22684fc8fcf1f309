using System.Text.Json;
using System.Text.Json.Nodes;
using Memorization.Claims;
using Memorization.Claims.Running;
using Memorization.Tests.Devices;

namespace Memorization.Tests.Claims;

public class ProvenanceJsonTests
{
    [Fact]
    public void WithoutACpuIdentityTheJsonIsExactlyTheOldOne()
    {
        Provenance provenance = FakeResults.Provenance("smoke", 1.5);
        string json = JsonSerializer.Serialize(provenance, ClaimJson.Canonical);
        Assert.DoesNotContain("cpu\"", json, StringComparison.Ordinal);
        Assert.Equal(
            "{\"gitCommit\":\"0123456789abcdef0123456789abcdef01234567\",\"torchSharpVersion\":\"0.107.0.0\",\"libTorchVersion\":\"libtorch-cpu-linux-x64 2.10.0\"," +
            "\"device\":\"cpu (2 threads)\",\"os\":\"Debian GNU/Linux 12 (bookworm)\",\"processorCount\":2,\"threadCount\":2,\"runtime\":\".NET 10.0.0\"," +
            "\"tier\":\"smoke\",\"seed\":123,\"wallTimeSeconds\":1.5,\"date\":\"2026-01-01T00:00:00Z\"}",
            json);
        Assert.Equal(provenance, JsonSerializer.Deserialize<Provenance>(json, ClaimJson.Canonical));
    }

    [Fact]
    public void ACpuIdentityIsWrittenWithoutItsDerivedDescriptionAndReadBack()
    {
        Provenance provenance = FakeResults.Provenance("smoke", 1.5) with { Cpu = CpuInfoSamples.Identity(CpuInfoSamples.IntelAvx512, mklCbwr: "COMPATIBLE") };
        string json = JsonSerializer.Serialize(provenance, ClaimJson.Indented);
        JsonObject cpu = JsonNode.Parse(json)!["cpu"]!.AsObject();
        Assert.Equal(["model", "vendor", "flags", "atenCapability", "atenCapabilitySource", "threadCount", "settings"], cpu.Select(p => p.Key));
        Assert.Equal("avx512", (string?)cpu["atenCapability"]);
        Assert.Equal("COMPATIBLE", (string?)cpu["settings"]!["MKL_CBWR"]);

        Provenance back = JsonSerializer.Deserialize<Provenance>(json, ClaimJson.Indented)!;
        Assert.Equal(JsonSerializer.Serialize(provenance, ClaimJson.Canonical), JsonSerializer.Serialize(back, ClaimJson.Canonical));
        Assert.Equal(provenance.Cpu!.Description, back.Cpu!.Description);
    }
}
