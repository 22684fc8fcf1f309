using Memorization.Claims;
using Memorization.Claims.Audit;
using Memorization.Claims.Measurements;
using Memorization.Claims.Running;
using Memorization.Cli.Audit;
using Memorization.Tests.Claims;

namespace Memorization.Tests.Cli.Audit;

/// <summary>
/// Carries out audit runs in this process with fake measurements (no process, no training), each through a fresh suite
/// writing to a folder of its own, so the audit command's logic is tested in milliseconds.
/// </summary>
internal sealed class InProcessAuditRunner(ClaimMeasurementCatalog catalog, Func<int, IReadOnlyDictionary<string, string>>? figures = null) : IAuditRunner
{
    public List<AuditRequest> Requests { get; } = [];

    public AuditRunOutcome Run(AuditRequest request)
    {
        Requests.Add(request);
        string artifacts = Path.Combine(Path.GetTempPath(), "repro-audit-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var suite = new ClaimSuite(new ReproRepository(request.Root, artifacts), catalog, ClaimSuiteFixture.FakeCpu);
            ClaimResult result = suite.Run(suite.Find(request.ClaimId), request.Tier, request.Device, request.Seed, updateBaselines: false);
            return new AuditRunOutcome(new AuditRunRecord(result, 1000 + Requests.Count, 0, request.Threads, request.CpuCapability, figures?.Invoke(Requests.Count)), null, 0.01);
        }
        finally
        {
            if (Directory.Exists(artifacts))
            {
                Directory.Delete(artifacts, recursive: true);
            }
        }
    }
}
