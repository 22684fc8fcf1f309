using Memorization.Attacks;
using Memorization.Claims.Measurements.Hcl;
using Memorization.Experiments.Hcl;
using Memorization.Learners.Trained;
using Memorization.Tasks;
using Memorization.Information;

namespace Memorization.Tests.Claims;

/// <summary>
/// HCL experiment outcomes without training: a small generated data set and hand-made checkpoints (recovery rising with
/// the step), attacked for the metrics at every other checkpoint and for the figures only at the rest — every singleton
/// for the logistic regression, a subset of two for the MLP — as the runner records them. For tests of figure series.
/// </summary>
internal static class FakeHclOutcomes
{
    private static readonly HclParameters Parameters = new(16, 8, 16, 0.3, testSize: 24);

    public static HclModelOutcome LogisticRegression() => Outcome(HclModelKind.LogisticRegression, steps: 8, every: 2, figureSubset: null);

    public static HclModelOutcome Mlp() => Outcome(HclModelKind.Mlp, steps: 200, every: 50, figureSubset: [0, 1]);

    private static HclModelOutcome Outcome(HclModelKind model, int steps, int every, int[]? figureSubset)
    {
        HclDataSet data = HclDataSet.Generate(Parameters, 7);
        var setup = new HclExperimentSetup(Parameters, 7, LogisticRegressionOptions.Published with { Steps = 8, CheckpointEvery = 2 },
            MlpOptions.Published with { Steps = 200, CheckpointEvery = 50 }, 2, 4, 0);
        int singletons = data.SingletonIndices.Count;
        var checkpoints = new List<HclCheckpoint>();
        for (int step = 0, index = 0; step <= steps; step += every, index++)
        {
            double progress = (double)step / steps;
            bool metric = index % 2 == 0 || step == steps;
            int[] rows = metric || figureSubset is null ? Enumerable.Range(0, singletons).ToArray() : figureSubset;
            HclAttackRecord record = Record(progress, rows, metric || figureSubset is null ? null : rows);
            checkpoints.Add(new HclCheckpoint(step, 2.0 * (1 - progress), 0.5 * (1 - progress), 0.6 - 0.2 * progress, 0.55 - 0.3 * progress,
                0.9 - 0.4 * progress, metric ? record : null, metric ? null : record));
        }

        var run = new HclModelRun(model == HclModelKind.Mlp ? "mlp" : "logistic-regression", 1000, checkpoints, TimeSpan.FromSeconds(1));
        var bayes = new HclBayesErrors(
            Mistakes(data.Training.Rows, 0), Mistakes(data.FreshTest.Rows, 3), Mistakes(data.RepresentedTest.Rows, 4), Mistakes(data.SingletonTest.Rows, 2));
        return new HclModelOutcome(setup, model, data, run, (1 + Parameters.Rho) / 2, bayes);
    }

    // Recovery of each attacked singleton: from 1/2 towards 1 with the step, a little different per example.
    private static HclAttackRecord Record(double progress, int[] rows, IReadOnlyList<int>? targetRows)
    {
        double[] all = rows.Select(r => 0.5 + 0.4 * progress + 0.01 * (r % 3)).ToArray();
        double[] irrelevant = rows.Select(r => 0.5 + 0.45 * progress - 0.01 * (r % 2)).ToArray();
        var targets = new RecoveryMeasurement(all, irrelevant, MeanInterval.StudentT(all, 0.95), MeanInterval.StudentT(irrelevant, 0.95), 4L * rows.Length);
        double[] control = rows.Select(r => 0.5 + 0.01 * (r % 2)).ToArray();
        var fresh = new RecoveryMeasurement(control, control, MeanInterval.StudentT(control, 0.95), MeanInterval.StudentT(control, 0.95), 4L * rows.Length);
        return new HclAttackRecord("fake", targets, fresh, fresh, null, TimeSpan.Zero, targetRows);
    }

    private static bool[] Mistakes(int rows, int every) => Enumerable.Range(0, rows).Select(i => every > 0 && i % every == 0).ToArray();
}
