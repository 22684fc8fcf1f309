using System.Diagnostics;
using Memorization.Claims.Baselines;
using Memorization.Claims.Measurements;
using Memorization.Claims.Specs;

namespace Memorization.Claims.Running;

/// <summary>
/// Runs one claim case: measure → check every declared metric came back → assertions on confidence bounds →
/// baseline comparison (or rewrite, when asked) → one immutable <see cref="ClaimResult"/>. Never throws for a
/// failing claim: problems become the result's verdict and message.
/// </summary>
public sealed class ClaimRunner(BaselineStore baselines, bool updateBaselines)
{
    /// <summary>Runs <paramref name="claimCase"/> with <paramref name="measurement"/>.</summary>
    public ClaimResult Run(ClaimCase claimCase, IClaimMeasurement measurement, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ClaimSpec claim = claimCase.Claim;
        var clock = Stopwatch.StartNew();
        ClaimMeasurementResult measured;
        try
        {
            measured = measurement.Measure(claimCase, progress, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            string why = ex is ClaimParameterException or Devices.DeviceUnavailableException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
            return Failed(claimCase, Verdict.Error, $"the measurement of {claim.Id} failed: {why}", clock.Elapsed);
        }

        clock.Stop();
        Provenance provenance = ProvenanceCollector.Collect(baselines.Repository.Root, claimCase.Device, claimCase.DeviceName, claimCase.TierName, claimCase.Seed, clock.Elapsed);
        List<string> missing = claim.Metrics
            .SelectMany(m => claim.RequiredConfidenceLevels.Where(c => measured.Find(m.Name, c) is null).Select(c => $"{m.Name} at {c}"))
            .ToList();
        IReadOnlyList<AssertionOutcome> assertions = AssertionEvaluator.Evaluate(claim, measured);
        BaselineComparison baseline;
        if (missing.Count > 0)
        {
            baseline = NotCompared(claimCase, "the measurement is incomplete");
        }
        else if (updateBaselines && assertions.All(a => a.Passed))
        {
            baselines.Write(claim.Id, claimCase.TierName, claimCase.DeviceName, claimCase.Seed, measured.Metrics, provenance);
            string file = baselines.RelativePath(claim.Id, claimCase.TierName, claimCase.DeviceName);
            baseline = new BaselineComparison(BaselineStatus.Updated, file, $"{file} was rewritten from this run (UpdateBaselines=true); review and commit it.", []);
        }
        else if (updateBaselines)
        {
            baseline = NotCompared(claimCase, "UpdateBaselines=true, but an assertion failed, so the baseline was not rewritten");
        }
        else
        {
            baseline = baselines.Compare(claim, claimCase.TierName, claimCase.DeviceName, claimCase.Seed, measured.Metrics, provenance.Cpu);
        }

        List<string> problems = [];
        if (missing.Count > 0)
        {
            problems.Add($"{measurement.GetType().Name} did not report {string.Join(", ", missing)}");
        }

        problems.AddRange(assertions.Where(a => !a.Passed).Select(a => "assertion failed: " + a.Message));
        if (!baseline.IsAcceptable || baseline.Status == BaselineStatus.NotCompared && updateBaselines)
        {
            problems.Add(baseline.Message);
        }

        Verdict verdict = problems.Count == 0 ? Verdict.Pass : Verdict.Fail;
        string message = verdict == Verdict.Pass
            ? $"{claim.Id} holds: {assertions.Count} assertion(s) pass at their confidence bounds; baseline: {baseline.Message}"
            : $"{claim.Id} fails: {string.Join(" | ", problems)}";
        return new ClaimResult(claim.Id, claim.Title, claim.Statement, claim.Source, claim.Task.ToString().ToLowerInvariant(), claimCase.TierName,
            claimCase.DeviceName, claimCase.Seed, claim.ReportConfidence, verdict, message, measured.Metrics, measured.Curves, measured.Notes,
            assertions, baseline, provenance, ResultDigest.Of(measured.Metrics, measured.Curves))
        {
            SharedRunSeconds = measured.SharedRunSeconds,
        };
    }

    /// <summary>The result of a claim that did not run here, with the reason.</summary>
    public static ClaimResult Skipped(ClaimPlan plan, string deviceName, ulong seed) =>
        Empty(plan.Claim, plan.TierName, deviceName, seed, Verdict.Skipped, plan.SkipReason ?? "skipped", null);

    /// <summary>The result of a claim that could not start (e.g. the device is unavailable).</summary>
    public static ClaimResult Errored(ClaimSpec claim, string tierName, string deviceName, ulong seed, string message) =>
        Empty(claim, tierName, deviceName, seed, Verdict.Error, message, null);

    private ClaimResult Failed(ClaimCase c, Verdict verdict, string message, TimeSpan wall) =>
        Empty(c.Claim, c.TierName, c.DeviceName, c.Seed, verdict, message,
            ProvenanceCollector.Collect(baselines.Repository.Root, c.Device, c.DeviceName, c.TierName, c.Seed, wall));

    private static ClaimResult Empty(ClaimSpec claim, string tier, string device, ulong seed, Verdict verdict, string message, Provenance? provenance) =>
        new(claim.Id, claim.Title, claim.Statement, claim.Source, claim.Task.ToString().ToLowerInvariant(), tier, device, seed, claim.ReportConfidence,
            verdict, message, [], [], [], [], new BaselineComparison(BaselineStatus.NotCompared, "", "not compared: the claim did not run to the end.", []),
            provenance, "");

    private BaselineComparison NotCompared(ClaimCase c, string why) =>
        new(BaselineStatus.NotCompared, baselines.RelativePath(c.ClaimId, c.TierName, c.DeviceName), $"not compared: {why}.", []);
}
