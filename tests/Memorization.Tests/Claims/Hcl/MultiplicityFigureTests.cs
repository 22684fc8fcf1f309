using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Hcl;
using Memorization.Experiments.Hcl;

namespace Memorization.Tests.Claims.Hcl;

/// <summary>MULTIPLICITY's figure on a fake outcome: one point per populated bucket m = 1, 2, 3, ≥ 4, chance and theory dashed.</summary>
public class MultiplicityFigureTests
{
    // Two singletons, two subpopulations with m = 2, one with m = 5 (bucket ≥ 4), none with m = 3.
    private static readonly HclMultiplicityRecovery Recovery = new(
    [
        new HclSubpopulationRecovery(0, 1, 1.0, 0.5),
        new HclSubpopulationRecovery(1, 1, 0.98, 0.52),
        new HclSubpopulationRecovery(2, 2, 0.76, 0.48),
        new HclSubpopulationRecovery(3, 2, 0.74, 0.5),
        new HclSubpopulationRecovery(4, 5, 0.69, 0.51),
    ]);

    private static HclModelOutcome WithRecovery()
    {
        HclModelOutcome lr = FakeHclOutcomes.LogisticRegression();
        HclCheckpoint last = lr.Run.Checkpoints[^1];
        HclCheckpoint measured = last with { Attack = last.Attack! with { Multiplicity = Recovery } };
        return lr with { Run = lr.Run with { Checkpoints = [.. lr.Run.Checkpoints.SkipLast(1), measured] } };
    }

    [Fact]
    public void EachPopulatedBucketIsAPointAndABucketOfOneSubpopulationHasNoInterval()
    {
        IReadOnlyList<CurveSeries> series = new MultiplicityMeasurement().FigureSeries([WithRecovery()]);

        CurveSeries training = series[0];
        Assert.NotNull(training.Title);
        Assert.Equal([1.0, 2.0, 4.0], training.Points.Select(p => p.X));
        Assert.Equal([0.99, 0.75, 0.69], training.Points.Select(p => Math.Round(p.Y, 12)));
        Assert.True(training.Points[0].Lower < 0.99 && training.Points[0].Upper > 0.99);
        Assert.Equal(training.Points[2].Y, training.Points[2].Lower);
        Assert.Equal(training.Points[2].Y, training.Points[2].Upper);
        Assert.Equal([0.51, 0.49, 0.51], series[1].Points.Select(p => Math.Round(p.Y, 12)));
        Assert.Equal(CurveStyle.Reference, series[2].Style);
        Assert.Equal([1.0, 0.75, 11.0 / 16.0], series[2].Points.Select(p => p.Y));
        Assert.Equal(CurveStyle.Reference, series[3].Style);
        Assert.All(series[3].Points, p => Assert.Equal(0.5, p.Y));
    }

    [Fact]
    public void AnOutcomeWithoutTheMeasurementIsAClearError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new MultiplicityMeasurement().FigureSeries([FakeHclOutcomes.LogisticRegression()]));
        Assert.Contains("multiplicity", error.Message);
    }
}
