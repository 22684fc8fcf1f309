using Memorization.Attacks;
using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Hcl;
using Memorization.Claims.Measurements.Multilabel;
using Memorization.Experiments.Multilabel;
using Memorization.Information;
using Memorization.Learners.Trained;
using Memorization.Tasks;

namespace Memorization.Tests.Claims.Multilabel;

/// <summary>
/// The ML-* metrics from a hand-made outcome (no training): paired bit-error differences are the means of per-query
/// differences, the recovery margin is the recovery less (1 + ρ)/2, the control gap is measured from 1/2, and the bound is
/// MI-BOUND's computation on the same records.
/// </summary>
public class MultilabelMeasurementTests
{
    private const double Level = 0.99995;

    [Fact]
    public void AccuracyPairsTheSameQueriesAndReportsTheTrainingErrorAsExact()
    {
        MultilabelOutcome o = Outcome();
        IReadOnlyList<MetricValue> m = new MultilabelAccuracyMeasurement().MetricsOf(o, Level);
        Assert.Equal(new MultilabelAccuracyMeasurement().Metrics, m.Select(v => v.Name));
        MetricValue excess = m.Single(v => v.Name == "ml_lr_singleton_excess_bit_error");
        MetricValue gap = m.Single(v => v.Name == "ml_lr_forgetful_singleton_gap");
        Assert.Equal((0.0 + 0.1 + 0.05 + 0.0) / 4 - (0.0 + 0.05 + 0.0 + 0.0) / 4, excess.Value, 12);
        Assert.Equal((0.5 + 0.45 + 0.55 + 0.5) / 4 - (0.0 + 0.1 + 0.05 + 0.0) / 4, gap.Value, 12);
        Assert.True(excess.Lower < excess.Value && excess.Value < excess.Upper);
        MetricValue train = m.Single(v => v.Name == "ml_lr_train_bit_error");
        Assert.Equal(0.01, train.Value);
        Assert.Equal(1.0, train.Confidence);
    }

    [Fact]
    public void ReconstructionIrrelevanceAndBoundReadTheSignAttack()
    {
        MultilabelOutcome o = Outcome();
        IReadOnlyList<MetricValue> recon = new MultilabelReconstructionMeasurement().MetricsOf(o, Level);
        MetricValue recovery = recon.Single(v => v.Name == "ml_lr_recovery");
        MetricValue margin = recon.Single(v => v.Name == "ml_lr_recovery_margin");
        Assert.Equal(recovery.Value - 0.75, margin.Value, 12);
        Assert.Equal(recovery.Lower - 0.75, margin.Lower, 12);

        IReadOnlyList<MetricValue> irrelevant = new MultilabelIrrelevantBitsMeasurement().MetricsOf(o, Level);
        MetricValue control = irrelevant.Single(v => v.Name == "ml_lr_fresh_control_irrelevant_recovery");
        Assert.Equal(Math.Abs(control.Value - 0.5), irrelevant.Single(v => v.Name == "ml_lr_fresh_control_gap").Value, 12);

        IReadOnlyList<MetricValue> bound = new MultilabelInformationBoundMeasurement().MetricsOf(o, Level);
        FanoBound expected = HclMetrics.Bound(o.Result.Sign.Targets, o.Result.UnfixedCounts, o.Result.TrainingBits, Level);
        MetricValue fraction = bound.Single(v => v.Name == "ml_lr_information_bound_fraction");
        Assert.Equal(expected.FractionOfTrainingBits, fraction.Lower, 12);
        Assert.Equal(fraction.Value * o.Result.TrainingBits, bound.Single(v => v.Name == "ml_lr_information_bound_bits").Value, 6);
    }

    private static MultilabelOutcome Outcome()
    {
        var p = new HclParameters(40, 20, 40, 0.5, testSize: 4);
        MultilabelHclDataSet data = MultilabelHclDataSet.Generate(p, 8, 5);
        double[] singletons = [0.0, 0.1, 0.05, 0.0];
        var errors = new MultilabelBitErrors([0.5, 0.0, 0.1, 0.0], [0.0, 0.0, 0.1, 0.0], singletons);
        var bayes = new MultilabelBitErrors([0.5, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, 0.05, 0.0, 0.0]);
        var forgetful = new MultilabelBitErrors([0.5, 0.5, 0.5, 0.5], [0.5, 0.0, 0.5, 0.0], [0.5, 0.45, 0.55, 0.5]);
        int s = data.Examples.SingletonIndices.Count;
        double[] all = Enumerable.Range(0, s).Select(i => 0.9 + (0.01 * (i % 5))).ToArray();
        double[] fresh = Enumerable.Range(0, s).Select(i => 0.48 + (0.01 * (i % 5))).ToArray();
        var targets = new RecoveryMeasurement(all, all, MeanInterval.Of(all, 0.95, IntervalMethod.StudentT), MeanInterval.Of(all, 0.95, IntervalMethod.StudentT), HclExperimentGroupsUnfixed(data).Sum());
        var controls = new RecoveryMeasurement(fresh, fresh, MeanInterval.Of(fresh, 0.95, IntervalMethod.StudentT), MeanInterval.Of(fresh, 0.95, IntervalMethod.StudentT), HclExperimentGroupsUnfixed(data).Sum());
        var result = new MultilabelHclResult(data, bayes, forgetful, errors, 0.01, new MultilabelAttackRecovery("sign", targets, controls, TimeSpan.Zero),
            null, HclExperimentGroupsUnfixed(data), 0.75, TimeSpan.Zero);
        var setup = new MultilabelSetup(p, 8, 5, LogisticRegressionOptions.Published);
        return new MultilabelOutcome(setup, result, TimeSpan.Zero);
    }

    private static int[] HclExperimentGroupsUnfixed(MultilabelHclDataSet data) => Memorization.Experiments.Hcl.HclExampleGroups.UnfixedCounts(data.Examples);
}
