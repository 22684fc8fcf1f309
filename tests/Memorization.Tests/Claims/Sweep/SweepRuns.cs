using Memorization.Claims.Baselines;
using Memorization.Claims.Measurements;
using Memorization.Claims.Running;

namespace Memorization.Tests.Claims.Sweep;

/// <summary>
/// Fake results of one claim at several seeds for the sweep's tests: accuracy ± 0.05 at 99.9 %, asserted
/// <c>accuracy &gt;= 0.6</c> on its lower bound, and an exact <c>chance</c> of 0.5. No training.
/// </summary>
internal static class SweepRuns
{
    public const double HalfWidth = 0.05;

    public const double Threshold = 0.6;

    public static ClaimResult At(ulong seed, double accuracy, string id = "FAKE", string tier = "smoke")
    {
        double lower = accuracy - HalfWidth;
        bool passed = lower >= Threshold;
        MetricValue[] metrics = [new("accuracy", accuracy, lower, accuracy + HalfWidth, 0.999, 100), MetricValue.Exact("chance", 0.5)];
        var assertion = new AssertionOutcome("accuracy", ">=", "0.6", 0.999, "lower", lower, Threshold, passed, passed ? "holds" : "does NOT hold");
        return new ClaimResult(id, "A fake claim", "The fake learner is accurate.", "tests", "hcl", tier, "cpu", seed, 0.999,
            passed ? Verdict.Pass : Verdict.Fail, passed ? $"{id} holds." : $"{id} fails.", metrics, [], [], [assertion],
            new BaselineComparison(BaselineStatus.NotCompared, "", "not compared.", []), FakeResults.Provenance(tier, 1.0), "digest");
    }

    public static ClaimResult Skipped(ulong seed, string id = "FAKE") =>
        new(id, "A fake claim", "The fake learner is accurate.", "tests", "hcl", "paper", "cpu", seed, 0.999, Verdict.Skipped,
            "tier paper of claim FAKE needs a GPU.", [], [], [], [], new BaselineComparison(BaselineStatus.NotCompared, "", "not compared.", []), null, "");
}
