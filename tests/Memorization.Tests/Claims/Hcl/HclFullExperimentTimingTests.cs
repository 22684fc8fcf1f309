using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Hcl;
using Memorization.Claims.Specs;
using Memorization.Configuration;
using Memorization.Experiments.Hcl;
using Memorization.Learners.Trained;
using Memorization.Tasks;
using Memorization.Tests.Claims.Presets;
using static TorchSharp.torch;

namespace Memorization.Tests.Claims.Hcl;

public class HclFullExperimentTimingTests
{
    // Both models, three checkpoints each (steps 0, 2, 4), the middle one attacked for the figures only: every kind of
    // checkpoint work the paper tier has, in milliseconds.
    private static HclExperimentSetup Tiny() => new(
        new HclParameters(40, 20, 40, 0.3, testSize: 20), 7,
        LogisticRegressionOptions.Published with { Steps = 4, CheckpointEvery = 2 },
        MlpOptions.Published with { HiddenWidth = 8, Steps = 4, DecayAfterStep = 2, CheckpointEvery = 2 },
        AttackEvery: 2, RepresentedControls: 4, InformedSamples: 2, LogisticRegressionFigureTargets: int.MaxValue, MlpFigureTargets: 3);

    [Fact]
    public void ATinyExperimentRunsEndToEndAndItsStagesLieWithinTheTotal()
    {
        HclExperimentSetup setup = Tiny();
        var reported = new List<double>();
        HclFullExperimentTimes times = HclFullExperimentTiming.Measure(setup, CPU, new Progress(reported));

        Assert.Equal([HclFullExperimentTimes.LogisticRegression, HclFullExperimentTimes.MlpTraining, HclFullExperimentTimes.MlpCheckpointWork, HclFullExperimentTimes.MlpRest],
            times.Stages.Select(s => s.Stage));
        Assert.Equal((3, 3, 4), (times.LrCheckpoints, times.MlpCheckpoints, times.MlpSteps));
        Assert.Equal(HclMatrixProducts.MlpStepFlops(40, 20, 8, 40), times.MlpStepFlops);
        Assert.True(times.Singletons > 0);
        // Consistency of the clocks, not speed: each stage is a part of the run, the attacks a part of the checkpoints.
        Assert.All(times.Stages, s => Assert.True(s.WallS >= 0 && s.CpuS >= 0, $"{s.Stage}: {s.WallS} s wall, {s.CpuS} s cpu"));
        Assert.True(times.Stages.Sum(s => s.WallS) <= times.Total.WallS + 1e-3, $"stages {times.Stages.Sum(s => s.WallS)} s > total {times.Total.WallS} s");
        Assert.True(times.MlpMetricAttackS > 0 && times.MlpFigureAttackS > 0, "the MLP was attacked both for the metrics and for the figures");
        Assert.True(times.MlpMetricAttackS + times.MlpFigureAttackS <= times.Stage(HclFullExperimentTimes.MlpCheckpointWork).WallS + 1e-3);
        // The counted work: coordinate ascent at every checkpoint (at least one sweep over d = 20 coordinates per row),
        // and the floor's sum is the updates' plus the attacks'.
        Assert.True(times.MlpCoordinateAscentFlops >= 3.0 * times.Singletons * 2 * 20 * 8 * 40, $"{times.MlpCoordinateAscentFlops} flops");
        Assert.Equal((times.MlpSteps * times.MlpStepFlops) + times.MlpCoordinateAscentFlops + times.MlpInformedFlops, times.MlpCountedFlops, 6);
        Assert.InRange(times.MlpInformedS, 0, times.MlpMetricAttackS);
        Assert.Equal(1.0, reported[^1]);
        Assert.True(reported.Max() <= 1.0 && reported.Min() >= 0.0);
    }

    [Fact]
    public void ThePaperSetupOfTheBenchIsTheOneThePaperTierClaimsRun()
    {
        IReadOnlyList<ClaimSpec> claims = new Memorization.Claims.ClaimSuite(RepositoryPresets.Repository, ClaimMeasurementCatalog.Default, _ => throw new InvalidOperationException()).Claims;
        ClaimSpec[] hcl = claims.Where(c => c.Experiment == "hcl").ToArray();
        Assert.NotEmpty(hcl);
        foreach (ClaimSpec claim in hcl)
        {
            HclExperimentSetup fromClaim = HclExperimentSetup.From(new ClaimCase(claim, claim.FindTier(Tier.Paper)!, "cpu", claim.Seed));
            HclExperimentSetup bench = RepositoryPresets.Presets.HclSetup(Tier.Paper, claim.Seed);
            foreach (HclModelKind model in new[] { HclModelKind.LogisticRegression, HclModelKind.Mlp })
            {
                // Equal keys: the cache would serve one for the other, i.e. they train and attack identically.
                Assert.Equal(fromClaim.Key(model, "cpu"), bench.Key(model, "cpu"));
            }
        }
        Assert.Contains("tiny tier has no HCL experiment", Assert.Throws<ArgumentException>(() => RepositoryPresets.Presets.HclSetup(Tier.Tiny, 123)).Message);
    }

    // Synchronous (System.Progress posts to a context): records every fraction as it is reported.
    private sealed class Progress(List<double> sink) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (sink)
            {
                sink.Add(value);
            }
        }
    }
}
