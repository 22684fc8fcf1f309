using Memorization.Claims.Baselines;
using Memorization.Claims.Running;
using Memorization.Claims.Specs;
using Memorization.Claims.Validation;
using Memorization.Configuration;
using Memorization.Devices;

namespace Memorization.Tests.Claims;

/// <summary>
/// A run on one device compared with a baseline recorded on another (a CUDA runner and <c>paper.cpu.json</c>) uses
/// each metric's <c>tolerance.cross_device</c> when the claim states one, and says so.
/// </summary>
public class CrossDeviceToleranceTests
{
    private static string WithCrossDevice(string crossDevice) =>
        ClaimYaml.Valid().Replace("tolerance:\n      absolute: 0.01", $"tolerance:\n      absolute: 0.01\n      cross_device: {crossDevice}");

    [Fact]
    public void TheCrossDeviceToleranceIsParsedAndAppliesOnlyAcrossDevices()
    {
        ClaimParseResult result = ClaimFileParser.Parse("claims/FAKE.yaml", WithCrossDevice("{ absolute: 0.05 }"));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Tolerance tolerance = result.Spec!.Metrics.Single(m => m.Name == "accuracy").Tolerance!;
        Assert.Equal(0.01, tolerance.For(crossDevice: false).Absolute);
        Assert.Equal(0.05, tolerance.For(crossDevice: true).Absolute);
    }

    [Fact]
    public void WithoutACrossDeviceToleranceTheSameOneAppliesAcrossDevices()
    {
        Tolerance tolerance = ClaimFileParser.Parse("claims/FAKE.yaml", ClaimYaml.Valid()).Spec!.Metrics.Single(m => m.Name == "accuracy").Tolerance!;
        Assert.Same(tolerance, tolerance.For(crossDevice: true));
    }

    [Theory]
    [InlineData("{ absolute: 0.001 }", "tighter than the same-device tolerance")]
    [InlineData("{ absolute: -0.1 }", "is negative")]
    [InlineData("{ }", "gives neither absolute nor relative")]
    [InlineData("{ absolut: 0.1 }", "unknown field 'absolut'")]
    public void ABrokenCrossDeviceToleranceIsALocatedError(string crossDevice, string expected)
    {
        ClaimParseResult result = ClaimFileParser.Parse("claims/FAKE.yaml", WithCrossDevice(crossDevice));
        Assert.Null(result.Spec);
        ClaimError error = Assert.Single(result.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
        Assert.StartsWith("metrics[0].tolerance.cross_device", error.Field);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void ACudaRunComparedWithTheCpuBaselineUsesTheCrossDeviceToleranceAndSaysSo()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", WithCrossDevice("{ absolute: 0.15 }"));
        var suite = ClaimSuiteFixture.Suite(repo, new FakeMeasurement());
        ClaimResult cpu = suite.Run(suite.Find("FAKE"), Tier.Smoke, DeviceOption.Cpu, null, updateBaselines: true);
        var store = new BaselineStore(repo.Repository);
        // 0.1 away: outside the same-device ±0.01, inside the cross-device ±0.15.
        var moved = cpu.Metrics.Select(m => m.Name == "accuracy" ? m with { Value = m.Value - 0.1 } : m).ToArray();

        BaselineComparison onCpu = store.Compare(suite.Find("FAKE"), "smoke", "cpu", 7, moved);
        BaselineComparison onCuda = store.Compare(suite.Find("FAKE"), "smoke", "cuda", 7, moved);

        Assert.Equal(BaselineStatus.Regressed, onCpu.Status);
        Assert.False(onCpu.CrossDevice);
        Assert.Equal(BaselineStatus.Matched, onCuda.Status);
        Assert.True(onCuda.CrossDevice);
        Assert.Equal("baselines/FAKE/smoke.cpu.json", onCuda.File);
        Assert.Contains("under the cross-device tolerances", onCuda.Message);
        MetricComparison accuracy = Assert.Single(onCuda.Metrics);
        Assert.True(accuracy.CrossDevice);
        Assert.Equal("±0.15", accuracy.Tolerance);
    }
}
