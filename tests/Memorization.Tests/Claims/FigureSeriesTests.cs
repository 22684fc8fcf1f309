using System.Globalization;
using System.Text;
using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Hcl;
using Memorization.Claims.Measurements.Nsp;
using Memorization.Claims.Measurements.Privacy;
using Memorization.Claims.Measurements.Size;
using Memorization.Claims.Report;
using Memorization.Claims.Running;
using Snapshooter.Xunit;
using Memorization.Experiments.Hcl;
using Memorization.Information;

namespace Memorization.Tests.Claims;

/// <summary>
/// The data series each figure kind draws (<see cref="FigurePlan"/>: title, panels, axes, series styles and points), from
/// the claims' own series code on fake outcomes: snapshots of what is drawn, not of pixels.
/// </summary>
public class FigureSeriesTests
{
    private static readonly HclModelOutcome Lr = FakeHclOutcomes.LogisticRegression();
    private static readonly HclModelOutcome Mlp = FakeHclOutcomes.Mlp();
    private static readonly NspOutcome Nsp = FakeNspOutcomes.Outcome();

    [Fact]
    public void ReconFigureMatchesTheSnapshot() => Snapshot.Match(Render("RECON-MLP", new ReconstructionMeasurement(HclModelKind.Mlp).FigureSeries([Mlp])));

    [Fact]
    public void AccFigureMatchesTheSnapshot() => Snapshot.Match(Render("ACC-LR", new ModelAccuracyMeasurement(HclModelKind.LogisticRegression).FigureSeries([Lr])));

    [Fact]
    public void IrrelevantFigureMatchesTheSnapshot() => Snapshot.Match(Render("IRRELEVANT", new IrrelevantBitsMeasurement().FigureSeries([Lr, Mlp])));

    [Fact]
    public void InformationBoundFigureMatchesTheSnapshot() => Snapshot.Match(Render("MI-BOUND", new InformationBoundMeasurement().FigureSeries([Lr, Mlp])));

    [Fact]
    public void TradeoffFigureMatchesTheSnapshot() => Snapshot.Match(Render("TRADEOFF", new TradeoffMeasurement().FigureSeries([Lr, Mlp])));

    [Fact]
    public void NspAccFigureMatchesTheSnapshot() => Snapshot.Match(Render("NSP-ACC", new NspAccuracyMeasurement().FigureSeries(Nsp)));

    [Fact]
    public void NspIrrelevantFigureMatchesTheSnapshot() => Snapshot.Match(Render("NSP-IRRELEVANT", new NspIrrelevantBitsMeasurement().FigureSeries(Nsp)));

    // One figure per compression family and two summary figures, in one snapshot.
    [Fact]
    public void SizeFiguresMatchTheSnapshot() => Snapshot.Match(RenderAll("SIZE", SizeCurves.Build(FakeSizeSweep.Result(), 0.95)));

    // The logistic regression's sweep and the MLP's, in one snapshot.
    [Fact]
    public void DpFiguresMatchTheSnapshot() => Snapshot.Match(RenderAll("DP",
        PrivacyMeasurement.FigureSeries(FakePrivacySweep.LogisticRegression(), FakePrivacySweep.Mlp(), FakePrivacySweep.Forgetful(), 0.95)));

    [Fact]
    public void RecoveryIsDrawnAtEveryCheckpointAndTheBoundOnlyWhereEverySingletonWasAttacked()
    {
        IReadOnlyList<CurveSeries> recon = new ReconstructionMeasurement(HclModelKind.Mlp).FigureSeries([Mlp]);
        Assert.Equal(Mlp.Run.Checkpoints.Select(c => (double)c.Step), recon[0].Points.Select(p => p.X));
        // The MLP's figure-only attacks cover a subset: its Fano bound would be a smaller bound, so it is not drawn there.
        CurveSeries bound = new InformationBoundMeasurement().FigureSeries([Lr, Mlp])[1];
        Assert.Equal(Mlp.Run.Attacked.Select(c => (double)c.Step), bound.Points.Select(p => p.X));
        Assert.Equal(Lr.Run.Checkpoints.Count, new InformationBoundMeasurement().FigureSeries([Lr, Mlp])[0].Points.Count);
    }

    [Fact]
    public void TheLogisticRegressionAndTheMlpGetTheirOwnPanels()
    {
        FigurePlan plan = Plan("IRRELEVANT", new IrrelevantBitsMeasurement().FigureSeries([Lr, Mlp]));
        Assert.Equal(["logistic regression (8 steps, 5 checkpoints)", "MLP (200 steps, 5 checkpoints)"], plan.Panels.Select(p => p.Heading));
        Assert.All(plan.Panels, p => Assert.Contains(p.Series, s => s.Style == CurveStyle.Reference && s.Points.All(q => q.Y == 0.5)));
    }

    [Fact]
    public void TheTradeoffIsAPointCloudWithTheMetricsPointsApart()
    {
        IReadOnlyList<CurveSeries> series = new TradeoffMeasurement().FigureSeries([Lr, Mlp]);
        Assert.All(series, s => Assert.Equal(CurveStyle.Points, s.Style));
        // The logistic regression's figure-only checkpoints (every singleton attacked) are drawn apart from the metric's.
        Assert.Equal(["lr: checkpoints of the rank correlation", "lr: other checkpoints (figure only)", "mlp: checkpoints of the rank correlation"],
            series.Select(s => s.Name));
        Assert.Equal(Lr.Run.Attacked.Count(), series[0].Points.Count);
    }

    [Fact]
    public void AFigureWithoutATitleFallsBackToTheClaimsTitleNotItsKey()
    {
        var untitled = new CurveSeries("recovery", "sign attack", "steps", "recovery", [new CurvePoint(0, 0.5, 0.5, 0.5)]);
        FigurePlan plan = Plan("RECON-LR", [untitled]);
        Assert.Equal("RECON-LR: Sign attack recovers singletons (smoke, cpu)", plan.Title);
    }

    private static FigurePlan Plan(string claimId, IReadOnlyList<CurveSeries> series)
    {
        ClaimResult claim = FakeResults.Suite().Claims[1] with { ClaimId = claimId, Curves = series };
        return FigurePlan.Of(claim, series[0].Figure, series);
    }

    private static string Render(string claimId, IReadOnlyList<CurveSeries> series) => Render(Plan(claimId, series));

    // Every figure of a claim that draws several, as the exporter plans them, in order of appearance.
    private static string RenderAll(string claimId, IReadOnlyList<CurveSeries> series)
    {
        ClaimResult claim = FakeResults.Suite().Claims[1] with { ClaimId = claimId, Curves = series };
        return string.Join("\n", FigureExporter.Plans(claim).Select(Render));
    }

    // The plan as text: every number with six significant digits, so the snapshot reads (and diffs) line by line.
    private static string Render(FigurePlan plan)
    {
        var text = new StringBuilder($"{plan.Path}\n{plan.Title}\n");
        foreach (FigurePanel panel in plan.Panels)
        {
            text.Append($"panel {panel.Heading ?? "(only)"}: x {panel.XLabel}; y {panel.YLabel}{(panel.RightYLabel is null ? "" : $"; right y {panel.RightYLabel}")}\n");
            foreach (CurveSeries s in panel.Series)
            {
                text.Append($"  {s.Style.ToString().ToLowerInvariant()}{(s.OnRightAxis ? " (right)" : "")} {s.Name}:");
                text.Append(string.Concat(s.Points.Select(p => $" ({G(p.X)}, {G(p.Y)} [{G(p.Lower)}, {G(p.Upper)}])")));
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static string G(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
