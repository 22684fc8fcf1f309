using System.Diagnostics;
using Memorization.Experiments;
using Memorization.Experiments.Hcl;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>
/// Times the HCL experiment end to end, not extrapolated (<c>repro bench hcl --full</c>): both models of
/// a setup trained and attacked exactly as the HCL claims run them
/// (<see cref="HclExperimentCache.RunUncached"/>, the cache's own run), with the stage split read from the run's clocks;
/// no result depends on the timing.
/// </summary>
public static class HclFullExperimentTiming
{
    /// <summary>Runs the logistic regression, then the MLP, and times each stage.</summary>
    /// <param name="setup">The experiment, e.g. <c>TaskPresets.HclSetup(Tier.Paper, 123)</c>.</param>
    /// <param name="device">Where to train.</param>
    /// <param name="progress">Told how far the run is (the logistic regression is the first 5 %: it takes seconds where the MLP takes minutes).</param>
    public static HclFullExperimentTimes Measure(HclExperimentSetup setup, TorchSharp.torch.Device device, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(device);
        const double lrShare = 0.05;
        var total = Stopwatch.StartNew();
        TimeSpan cpuStart = CpuNow();
        HclModelOutcome lr = HclExperimentCache.RunUncached(setup, HclModelKind.LogisticRegression, device, ProgressStages.Within(progress, 0.0, lrShare));
        TimeSpan cpuAfterLr = CpuNow();
        HclModelOutcome mlp = HclExperimentCache.RunUncached(setup, HclModelKind.Mlp, device, ProgressStages.Within(progress, lrShare, 1.0 - lrShare));
        TimeSpan cpuEnd = CpuNow();
        TimeSpan wall = total.Elapsed;
        progress?.Report(1.0);

        HclModelRun run = mlp.Run;
        HclAttackWork work = run.AttackWork;
        (int n, int d, int hidden, int labels) = (setup.Parameters.TrainingSize, setup.Parameters.Dimension, setup.Mlp.HiddenWidth, setup.Parameters.Subpopulations);
        TimeSpan mlpCpu = cpuEnd - cpuAfterLr;
        HclStageTime[] stages =
        [
            new(HclFullExperimentTimes.LogisticRegression, lr.RunTime.TotalSeconds, (cpuAfterLr - cpuStart).TotalSeconds),
            new(HclFullExperimentTimes.MlpTraining, run.TrainingTime.TotalSeconds, run.TrainingCpuTime.TotalSeconds),
            new(HclFullExperimentTimes.MlpCheckpointWork, run.CheckpointTime.TotalSeconds, run.CheckpointCpuTime.TotalSeconds),
            new(HclFullExperimentTimes.MlpRest, (mlp.RunTime - run.TrainingTime - run.CheckpointTime).TotalSeconds,
                (mlpCpu - run.TrainingCpuTime - run.CheckpointCpuTime).TotalSeconds),
        ];
        return new HclFullExperimentTimes(
            stages,
            new HclStageTime("total", wall.TotalSeconds, (cpuEnd - cpuStart).TotalSeconds),
            mlp.Data.SingletonIndices.Count,
            lr.Run.Checkpoints.Count,
            run.Checkpoints.Count,
            setup.Mlp.Steps,
            run.MetricAttackTime.TotalSeconds,
            run.FigureAttackTime.TotalSeconds,
            HclMatrixProducts.MlpStepFlops(n, d, hidden, labels),
            HclMatrixProducts.CoordinateAscentFlops(work.CoordinateAscentRows, work.CoordinateAscentTargetSweeps, d, hidden, labels),
            HclMatrixProducts.InformedMlpFlops(work.InformedProbes, d, hidden, labels),
            work.InformedTime.TotalSeconds);
    }

    private static TimeSpan CpuNow()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
