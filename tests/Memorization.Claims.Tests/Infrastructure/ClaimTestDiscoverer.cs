using Memorization.Claims.Running;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Memorization.Claims.Tests.Infrastructure;

/// <summary>
/// One <see cref="ClaimTestCase"/> per claim file, planned for the selected tier and device: a claim whose tier
/// needs a GPU is skipped on a CPU with the reason shown. Invalid claim files give one failing case listing every problem.
/// </summary>
public sealed class ClaimTestDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        TestMethodDisplay display = discoveryOptions.MethodDisplayOrDefault();
        TestMethodDisplayOptions options = discoveryOptions.MethodDisplayOptionsOrDefault();
        ClaimSuite suite;
        try
        {
            suite = ClaimTestHost.Suite();
            suite.EnsureValid();
        }
        catch (Exception ex)
        {
            return [new ExecutionErrorTestCase(diagnosticMessageSink, display, options, testMethod, ex.Message)];
        }

        string device = ClaimTestHost.DeviceName();
        return suite.Claims.Select(claim =>
        {
            ClaimPlan plan = ClaimPlanner.Plan(claim, ClaimTestHost.Settings.Tier, ClaimTestHost.Settings.Device, ClaimTestHost.CudaAvailable,
                ClaimTestHost.Settings.AllowGpuTiersOnCpu);
            return (IXunitTestCase)new ClaimTestCase(diagnosticMessageSink, display, options, testMethod, claim.Id,
                claim.Task.ToString().ToUpperInvariant(), plan.TierName, device, plan.SkipReason);
        }).ToArray();
    }
}
