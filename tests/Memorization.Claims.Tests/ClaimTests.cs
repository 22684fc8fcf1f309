using Memorization.Claims.Report;
using Memorization.Claims.Running;
using Memorization.Claims.Tests.Infrastructure;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Memorization.Claims.Tests;

/// <summary>
/// One test per claim of the paper (claims/*.yaml): measures at the selected tier (ReproTier) and device
/// (ReproDevice), asserts every assertion on its confidence bound, compares with baselines/ (or rewrites
/// them with UpdateBaselines=true), and writes artifacts/results/&lt;ID&gt;.&lt;tier&gt;.&lt;device&gt;.json for the report.
/// </summary>
public sealed class ClaimTests(ITestOutputHelper output)
{
    [ClaimFact]
    public void Claim(string claimId)
    {
        ClaimSuite suite = ClaimTestHost.Suite();
        var settings = ClaimTestHost.Settings;
        ClaimResult result = suite.Run(suite.Find(claimId), settings.Tier, settings.Device, seed: null, settings.UpdateBaselines,
            allowGpuTiersOnCpu: settings.AllowGpuTiersOnCpu);
        output.WriteLine(result.Message);
        foreach (AssertionOutcome assertion in result.Assertions)
        {
            output.WriteLine("  " + assertion.Message);
        }

        output.WriteLine($"  digest {result.Digest}; wall time {result.Provenance?.WallTimeSeconds} s");

        // The report is rewritten after every claim (atomically) so that it exists even when a claim fails:
        // MSBuild's AfterTargets="VSTest" report target only runs when every test passed.
        ReportWriter.Write(suite.Repository);
        if (result.Verdict is Verdict.Fail or Verdict.Error)
        {
            throw new XunitException(result.Message);
        }
    }
}
