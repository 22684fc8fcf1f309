using Memorization.Devices;
using Memorization.Experiments.Hcl;
using Memorization.Learners.Trained;

namespace Memorization.Cli.Commands;

/// <summary>
/// The medians of several <see cref="HclTimingReport"/>s and the published experiment's wall time estimated from them
/// (docs/experiments.md#published-hcl-experiment): logistic-regression training + C_LR × (sign attack on all singletons) + 2000 × (MLP step) +
/// C_MLP × (coordinate ascent on all singletons), with C_LR = 26 checkpoints (every 2 of 50 steps, step 0 included) and
/// C_MLP = 41 (every 50 of 2000). Checkpoint evaluations (losses, errors) are left out, as on the PyTorch side.
/// </summary>
/// <param name="Device">Where it ran.</param>
/// <param name="Threads">LibTorch intra-op threads.</param>
/// <param name="Repeats">Reports the medians are taken over.</param>
/// <param name="Singletons">Singletons attacked (all of them).</param>
/// <param name="LrTotalS">Logistic regression, 50 steps, seconds.</param>
/// <param name="LrStepMs">The same ÷ steps, milliseconds.</param>
/// <param name="MlpStepsTimed">MLP updates timed.</param>
/// <param name="MlpStepMs">Mean MLP update, milliseconds.</param>
/// <param name="SignAttackAllS">Sign attack over all singletons at one checkpoint, seconds.</param>
/// <param name="CoordinateAscentAllS">Coordinate ascent over all singletons on the MLP after <paramref name="MlpStepsTimed"/> steps, seconds.</param>
/// <param name="CoordinateAscentMeanSweeps">Mean sweeps per target of that attack.</param>
/// <param name="InformedAttackAllS">Informed attack over all singletons on the trained logistic regression, seconds: the
/// median over the reports that timed it (null: none did).</param>
/// <param name="LrCheckpoints">C_LR.</param>
/// <param name="MlpCheckpoints">C_MLP.</param>
/// <param name="ExperimentLrPartS">Estimated logistic-regression part of the experiment, seconds.</param>
/// <param name="ExperimentMlpPartS">Estimated MLP part, seconds.</param>
/// <param name="Cpu">Medians of the process CPU time (all threads) of the same pieces: on a shared machine wall time
/// also measures the neighbours.</param>
/// <param name="SgemmPeakGflops">The in-run sgemm peak: the best GFLOP/s of <paramref name="SgemmShapes"/> (<see cref="MatrixProductPeak"/>).</param>
/// <param name="SgemmShapes">Each timed product shape and its GFLOP/s, measured in this process before the pieces.</param>
/// <param name="MlpStepGflop">Matrix-product work of one MLP update, GFLOP (<see cref="HclMatrixProducts.MlpStepFlops"/>).</param>
/// <param name="CoordinateAscentGflop">Matrix-product work of coordinate ascent over all singletons, GFLOP
/// (<see cref="HclMatrixProducts.CoordinateAscentFlops"/> with the sweeps it did; median over the reports).</param>
/// <param name="CoordinateAscentGflops">Its rate, GFLOP/s: the median over the reports of work ÷ time.</param>
public sealed record HclBenchSummary(
    string Device,
    int Threads,
    int Repeats,
    int Singletons,
    double LrTotalS,
    double LrStepMs,
    int MlpStepsTimed,
    double MlpStepMs,
    double SignAttackAllS,
    double CoordinateAscentAllS,
    double CoordinateAscentMeanSweeps,
    double? InformedAttackAllS,
    int LrCheckpoints,
    int MlpCheckpoints,
    double ExperimentLrPartS,
    double ExperimentMlpPartS,
    HclBenchCpuTimes Cpu,
    double SgemmPeakGflops,
    IReadOnlyList<HclSgemmShape> SgemmShapes,
    double MlpStepGflop,
    double CoordinateAscentGflop,
    double CoordinateAscentGflops)
{
    /// <summary>Always "torchsharp-all-singletons" (the JSON's counterpart of the PyTorch script's "side").</summary>
    public string Side => "torchsharp-all-singletons";

    /// <summary>Sign attack per singleton, seconds.</summary>
    public double SignAttackSPerSingleton => SignAttackAllS / Singletons;

    /// <summary>Coordinate ascent per singleton, seconds.</summary>
    public double CoordinateAscentSPerSingleton => CoordinateAscentAllS / Singletons;

    /// <summary>Estimated whole experiment, all singletons attacked at every checkpoint, seconds.</summary>
    public double ExperimentTotalS => ExperimentLrPartS + ExperimentMlpPartS;

    /// <summary>The MLP update's matrix-product rate, GFLOP/s: <see cref="MlpStepGflop"/> ÷ the median update time.</summary>
    public double MlpStepGflops => MlpStepGflop / (MlpStepMs / 1000.0);

    /// <summary><see cref="MlpStepGflops"/> as a share of <see cref="SgemmPeakGflops"/>.</summary>
    public double MlpStepShareOfPeak => MlpStepGflops / SgemmPeakGflops;

    /// <summary><see cref="CoordinateAscentGflops"/> as a share of <see cref="SgemmPeakGflops"/>.</summary>
    public double CoordinateAscentShareOfPeak => CoordinateAscentGflops / SgemmPeakGflops;

    /// <summary>Medians over <paramref name="reports"/> (at least one) and the estimate with the published schedule.</summary>
    /// <param name="reports">The timing reports, one per repeat.</param>
    /// <param name="threads">LibTorch intra-op threads they ran with.</param>
    /// <param name="peak">The sgemm peak measured in the same run.</param>
    public static HclBenchSummary From(IReadOnlyList<HclTimingReport> reports, int threads, MatrixProductPeakReport peak)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(peak);
        if (reports.Count == 0)
        {
            throw new ArgumentException("At least one timing report is needed to summarise.", nameof(reports));
        }
        LogisticRegressionOptions lr = LogisticRegressionOptions.Published;
        MlpOptions mlp = MlpOptions.Published;
        int lrCheckpoints = Checkpoints(lr.Steps, lr.CheckpointEvery);
        int mlpCheckpoints = Checkpoints(mlp.Steps, mlp.CheckpointEvery);
        double lrTotal = Median(reports, r => r.LogisticRegressionTraining.TotalSeconds);
        double mlpStep = Median(reports, r => r.MlpPerStep.TotalSeconds);
        double sign = Median(reports, r => r.SignAttack.TotalSeconds);
        double ascent = Median(reports, r => r.CoordinateAscent.TotalSeconds);
        HclTimingReport[] withInformed = reports.Where(r => r.InformedAttack is not null).ToArray();
        double? informed = withInformed.Length > 0 ? Median(withInformed, r => r.InformedAttack!.Value.TotalSeconds) : null;
        HclTimingReport first = reports[0];
        return new HclBenchSummary(
            first.Device, threads, reports.Count, first.Singletons,
            lrTotal, 1000.0 * lrTotal / first.LogisticRegressionSteps,
            first.MlpSteps, 1000.0 * mlpStep,
            sign, ascent, Median(reports, r => r.CoordinateAscentMeanSweeps), informed,
            lrCheckpoints, mlpCheckpoints,
            lrTotal + (lrCheckpoints * sign),
            (mlp.Steps * mlpStep) + (mlpCheckpoints * ascent),
            new HclBenchCpuTimes(
                Median(reports, r => r.CpuTimes[0].TotalSeconds),
                Median(reports, r => 1000.0 * r.CpuTimes[1].TotalSeconds / r.MlpSteps),
                Median(reports, r => r.CpuTimes[2].TotalSeconds),
                Median(reports, r => r.CpuTimes[3].TotalSeconds)),
            peak.PeakGflops,
            peak.Timings.Select(HclSgemmShape.From).ToArray(),
            first.MlpStepFlops / 1e9,
            Median(reports, r => r.CoordinateAscentFlops / 1e9),
            Median(reports, r => r.CoordinateAscentFlops / 1e9 / r.CoordinateAscent.TotalSeconds));
    }

    /// <summary>Checkpoints of a run of <paramref name="steps"/> with one every <paramref name="every"/> (step 0 and the last included).</summary>
    public static int Checkpoints(int steps, int every) => (steps / every) + 1 + (steps % every == 0 ? 0 : 1);

    private static double Median(IReadOnlyList<HclTimingReport> reports, Func<HclTimingReport, double> value) => Median(reports.Select(value));

    /// <summary>The median of <paramref name="values"/> (at least one).</summary>
    internal static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle]);
    }
}
