using Memorization.Claims.Running;
using Memorization.Claims.Sweep;

namespace Memorization.Tests.Claims.Sweep;

public class SeedSweepAggregationTests
{
    [Fact]
    public void CountsTheSeedsAClaimHoldsAtAndNamesTheOthers()
    {
        SeedSweep sweep = Assert.Single(SeedSweepAggregation.From([SweepRuns.At(3, 0.9), SweepRuns.At(1, 0.62), SweepRuns.At(2, 0.8)]));
        Assert.Equal(("FAKE", "smoke", "cpu"), (sweep.ClaimId, sweep.Tier, sweep.Device));
        Assert.Equal([1UL, 2, 3], sweep.Seeds);
        Assert.Equal((2, 3), (sweep.Held, sweep.Ran));
        Assert.Equal([1UL], sweep.FailedSeeds);
        Assert.False(sweep.Holds);
        Assert.Equal("holds at 2/3 seeds; fails at seed(s) 1", sweep.Summary);
    }

    [Fact]
    public void MetricsGetMeanSampleStandardDeviationMinimumAndMaximum()
    {
        SeedSweep sweep = Assert.Single(SeedSweepAggregation.From([SweepRuns.At(1, 0.7), SweepRuns.At(2, 0.8), SweepRuns.At(3, 0.9)]));
        MetricSweep accuracy = sweep.Metrics.Single(m => m.Name == "accuracy");
        Assert.Equal(3, accuracy.Count);
        Assert.Equal(0.8, accuracy.Mean, 12);
        Assert.Equal(0.1, accuracy.StandardDeviation!.Value, 12); // √((0.01 + 0 + 0.01) / (3 − 1))
        Assert.Equal((0.7, 0.9), (accuracy.Min, accuracy.Max));
        MetricSweep chance = sweep.Metrics.Single(m => m.Name == "chance");
        Assert.Equal((0.5, 0.0, 0.5, 0.5), (chance.Mean, chance.StandardDeviation, chance.Min, chance.Max));
    }

    [Fact]
    public void AnAssertionGetsTheRangeOfItsBoundAndThresholdAndOnePointPerSeed()
    {
        SeedSweep sweep = Assert.Single(SeedSweepAggregation.From([SweepRuns.At(1, 0.62), SweepRuns.At(2, 0.9), SweepRuns.At(3, 0.8)]));
        AssertionSweep a = Assert.Single(sweep.Assertions);
        Assert.Equal(("accuracy >= 0.6", "lower", 0.999), (a.Text, a.BoundKind, a.Confidence));
        Assert.Equal((2, 3), (a.Held, a.Count));
        Assert.Equal(0.62 - SweepRuns.HalfWidth, a.BoundMin!.Value, 12);
        Assert.Equal(0.9 - SweepRuns.HalfWidth, a.BoundMax!.Value, 12);
        Assert.Equal((0.6, 0.6), (a.ThresholdMin, a.ThresholdMax));
        Assert.Equal([1UL, 2, 3], a.Points.Select(p => p.Seed));
        Assert.Equal([0.62, 0.9, 0.8], a.Points.Select(p => p.Value!.Value));
        Assert.Equal([false, true, true], a.Points.Select(p => p.Passed));
    }

    [Fact]
    public void ASingleSeedHasNoStandardDeviation()
    {
        SeedSweep sweep = Assert.Single(SeedSweepAggregation.From([SweepRuns.At(5, 0.9)]));
        Assert.Null(sweep.Metrics[0].StandardDeviation);
        Assert.Equal("holds at 1/1 seeds", sweep.Summary);
    }

    [Fact]
    public void SkippedRunsCountAsSeedsButNotAsRunsAndDoNotFailTheClaim()
    {
        SeedSweep all = Assert.Single(SeedSweepAggregation.From([SweepRuns.Skipped(1), SweepRuns.Skipped(2)]));
        Assert.True(all.Holds);
        Assert.Equal((0, 0), (all.Held, all.Ran));
        Assert.Equal("skipped at every seed (tier paper of claim FAKE needs a GPU.)", all.Summary);
        Assert.Empty(all.Metrics);
        Assert.Empty(all.Assertions);
    }

    [Fact]
    public void ResultsGroupByClaimTierAndDeviceAndASeedCountsOnce()
    {
        IReadOnlyList<SeedSweep> sweeps = SeedSweepAggregation.From(
            [SweepRuns.At(1, 0.9), SweepRuns.At(1, 0.62), SweepRuns.At(1, 0.9, id: "OTHER"), SweepRuns.At(2, 0.9, tier: "paper")]);
        Assert.Equal([("FAKE", "smoke"), ("OTHER", "smoke"), ("FAKE", "paper")], sweeps.Select(s => (s.ClaimId, s.Tier)));
        Assert.Equal((1, 1), (sweeps[0].Held, sweeps[0].Ran)); // the first result at seed 1 is kept
    }

    [Fact]
    public void TheStoredSweepCoversClaimsWithOtherSeedsAndIncludesTheirOwnSeed()
    {
        var suite = new SuiteResult([SweepRuns.At(7, 0.9), SweepRuns.At(7, 0.9, id: "ALONE")])
        {
            OtherSeedRuns = [SweepRuns.At(1, 0.62), SweepRuns.At(2, 0.8)],
        };
        SeedSweep sweep = Assert.Single(SeedSweepAggregation.Of(suite));
        Assert.Equal("FAKE", sweep.ClaimId);
        Assert.Equal([1UL, 2, 7], sweep.Seeds);
        Assert.Equal("holds at 2/3 seeds; fails at seed(s) 1", sweep.Summary);
        Assert.Empty(SeedSweepAggregation.Of(new SuiteResult([SweepRuns.At(7, 0.9)])));
    }
}
