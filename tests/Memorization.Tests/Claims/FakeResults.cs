using Memorization.Claims.Baselines;
using Memorization.Claims.Measurements;
using Memorization.Claims.Running;
using Memorization.Tests.Devices;

namespace Memorization.Tests.Claims;

/// <summary>A fixed suite result (no dates of today, no paths of this machine) for report snapshots.</summary>
internal static class FakeResults
{
    public static Provenance Provenance(string tier, double wall) =>
        new("0123456789abcdef0123456789abcdef01234567", "0.107.0.0", "libtorch-cpu-linux-x64 2.10.0", "cpu (2 threads)", "Debian GNU/Linux 12 (bookworm)",
            2, 2, ".NET 10.0.0", tier, 123, wall, "2026-01-01T00:00:00Z");

    public static SuiteResult Suite()
    {
        MetricValue[] singMetrics =
        [
            MetricValue.Exact("expected_singleton_fraction", 0.36824775),
            new("singleton_fraction", 0.368391, 0.366806, 0.369976, 0.999, 2000),
            new("singleton_fraction_abs_gap", 0.000143, 0.0, 0.001728, 0.999, 2000),
        ];
        var sing = new ClaimResult("SING", "Singletons are a constant fraction", "The fraction of singletons is Σ_j w_j (1 − w_j)^(n−1) | about 1/e.", "Brown et al. 2021, singletons; docs/claims.md#sing",
            "both", "smoke", "cpu", 123, 0.999, Verdict.Pass, "SING holds.", singMetrics, [], ["uniform prior"],
            [new AssertionOutcome("singleton_fraction_abs_gap", "<=", "0.005", 0.999, "upper", 0.001728, 0.005, true, "holds")],
            new BaselineComparison(BaselineStatus.Matched, "baselines/SING/smoke.cpu.json",
                "within tolerance. Note: " + CpuMismatchNote.For(Provenance("smoke", 0.1), CpuInfoSamples.Identity(CpuInfoSamples.AmdAvx2, mklCbwr: "COMPATIBLE")),
                [new MetricComparison("singleton_fraction", 0.368391, 0.368391, 0.002, "±0.002", true)]),
            Provenance("smoke", 0.163) with { Cpu = CpuInfoSamples.Identity(CpuInfoSamples.AmdAvx2, mklCbwr: "COMPATIBLE") }, "73e9a1d5948654ee");

        CurveSeries recovery = new("recovery", "sign attack", "gradient steps", "recovery", [new CurvePoint(0, 0.5, 0.45, 0.55), new CurvePoint(50, 0.9, 0.88, 0.92)]);
        var recon = new ClaimResult("RECON-LR", "Sign attack recovers singletons", "Recovery far above 0.587.", "Brown et al. 2021, experiments; docs/claims.md#recon-lr", "hcl", "smoke", "cpu", 123, 0.999,
            Verdict.Fail, "RECON-LR fails: regressed.", [new MetricValue("recovery", 0.9, 0.88, 0.92, 0.999, 500)], [recovery], [],
            [new AssertionOutcome("recovery", ">", "0.65", 0.999, "lower", 0.88, 0.65, true, "holds")],
            new BaselineComparison(BaselineStatus.Regressed, "baselines/RECON-LR/smoke.cpu.json", "regressed: recovery 0.9 vs 0.95.",
                [new MetricComparison("recovery", 0.9, 0.95, 0.02, "±0.02", false)]),
            Provenance("smoke", 12.5), "0011223344556677");

        var skipped = new ClaimResult("ACC-MLP", "MLP accuracy", "The MLP reaches the published accuracy.", "Brown et al. 2021, experiments; docs/claims.md#acc-mlp", "hcl", "paper", "cpu", 123, 0.999,
            Verdict.Skipped, "tier paper of claim ACC-MLP needs a GPU.", [], [], [], [],
            new BaselineComparison(BaselineStatus.NotCompared, "", "not compared.", []), null, "");
        return new SuiteResult([skipped, recon, sing]);
    }
}
