using Memorization.Claims.Measurements.Hcl;
using Memorization.Devices;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro bench hcl --full</c>: the HCL experiment run end to end as the paper-tier claims run it (not extrapolated),
/// medians over the repeats of each stage's wall and CPU time, and the MLP's training rate against the in-run sgemm peak.
/// </summary>
/// <param name="Device">Where it ran.</param>
/// <param name="Threads">LibTorch intra-op threads.</param>
/// <param name="Repeats">Whole experiments run; each figure is the median over them.</param>
/// <param name="Singletons">Singletons attacked at each checkpoint.</param>
/// <param name="LrCheckpoints">Checkpoints of the logistic regression.</param>
/// <param name="MlpCheckpoints">Checkpoints of the MLP.</param>
/// <param name="MlpSteps">MLP updates.</param>
/// <param name="FullExperimentS">Both models end to end, wall seconds.</param>
/// <param name="FullExperimentCpuS">The same span's process CPU time (all threads), seconds.</param>
/// <param name="FullExperimentStages">Each stage's wall and CPU seconds (<see cref="HclFullExperimentTimes.Stages"/>).</param>
/// <param name="MlpMetricAttackS">The MLP's attacks for the metrics, wall seconds (within the checkpoints' stage).</param>
/// <param name="MlpFigureAttackS">The MLP's figure-only attacks, wall seconds (within the checkpoints' stage).</param>
/// <param name="SgemmPeakGflops">The in-run sgemm peak.</param>
/// <param name="SgemmShapes">Each timed product shape and its GFLOP/s.</param>
/// <param name="MlpStepGflop">Matrix-product work of one MLP update, GFLOP.</param>
/// <param name="MlpStepGflops">The training stage's rate: updates × work ÷ its wall time (median over the repeats).</param>
/// <param name="MlpCoordinateAscentS">Coordinate ascent on the MLP (metric and figure-only calls), wall seconds.</param>
/// <param name="MlpCoordinateAscentGflop">Its matrix-product work counted from the sweeps, GFLOP.</param>
/// <param name="MlpInformedS">The informed attack on the MLP, wall seconds.</param>
/// <param name="MlpInformedGflop">Its matrix-product work, GFLOP.</param>
/// <param name="MlpCountedGflop">The MLP's counted matrix-product work (updates, coordinate ascent, informed attack), GFLOP.</param>
public sealed record HclFullBenchSummary(
    string Device,
    int Threads,
    int Repeats,
    int Singletons,
    int LrCheckpoints,
    int MlpCheckpoints,
    int MlpSteps,
    double FullExperimentS,
    double FullExperimentCpuS,
    IReadOnlyList<HclStageTime> FullExperimentStages,
    double MlpMetricAttackS,
    double MlpFigureAttackS,
    double SgemmPeakGflops,
    IReadOnlyList<HclSgemmShape> SgemmShapes,
    double MlpStepGflop,
    double MlpStepGflops,
    double MlpCoordinateAscentS,
    double MlpCoordinateAscentGflop,
    double MlpInformedS,
    double MlpInformedGflop,
    double MlpCountedGflop)
{
    /// <summary>Always "torchsharp-full-experiment" (the piecewise run's JSON says "torchsharp-all-singletons").</summary>
    public string Side => "torchsharp-full-experiment";

    /// <summary>Mean wall time of one MLP update within the run (the training stage ÷ updates), milliseconds.</summary>
    public double MlpStepMs => 1000.0 * MlpStepGflop / MlpStepGflops;

    /// <summary><see cref="MlpStepGflops"/> as a share of <see cref="SgemmPeakGflops"/>.</summary>
    public double MlpStepShareOfPeak => MlpStepGflops / SgemmPeakGflops;

    /// <summary>Coordinate ascent's matrix-product rate on the MLP over the whole run, GFLOP/s.</summary>
    public double MlpCoordinateAscentGflops => MlpCoordinateAscentGflop / MlpCoordinateAscentS;

    /// <summary><see cref="MlpCoordinateAscentGflops"/> as a share of <see cref="SgemmPeakGflops"/>.</summary>
    public double MlpCoordinateAscentShareOfPeak => MlpCoordinateAscentGflops / SgemmPeakGflops;

    /// <summary>The informed attack's matrix-product rate on the MLP, GFLOP/s.</summary>
    public double MlpInformedGflops => MlpInformedGflop / MlpInformedS;

    /// <summary>
    /// A lower bound on the MLP's part of the run on this machine in float32: its counted matrix-product work at the
    /// in-run sgemm peak, seconds. Element-wise work, evaluations and the logistic regression come on top, so a whole-run
    /// target below this number cannot be met here without doing less work (or cheaper arithmetic).
    /// </summary>
    public double MlpFloorS => MlpCountedGflop / SgemmPeakGflops;

    /// <summary>Medians over <paramref name="runs"/> (at least one).</summary>
    /// <param name="runs">One timing per whole experiment.</param>
    /// <param name="device">Where they ran.</param>
    /// <param name="threads">LibTorch intra-op threads.</param>
    /// <param name="peak">The sgemm peak measured in the same process.</param>
    public static HclFullBenchSummary From(IReadOnlyList<HclFullExperimentTimes> runs, string device, int threads, MatrixProductPeakReport peak)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(peak);
        if (runs.Count == 0)
        {
            throw new ArgumentException("At least one run of the experiment is needed to summarise.", nameof(runs));
        }
        HclFullExperimentTimes first = runs[0];
        HclStageTime[] stages = first.Stages
            .Select(s => new HclStageTime(s.Stage, Median(runs, r => r.Stage(s.Stage).WallS), Median(runs, r => r.Stage(s.Stage).CpuS)))
            .ToArray();
        return new HclFullBenchSummary(
            device, threads, runs.Count, first.Singletons, first.LrCheckpoints, first.MlpCheckpoints, first.MlpSteps,
            Median(runs, r => r.Total.WallS), Median(runs, r => r.Total.CpuS), stages,
            Median(runs, r => r.MlpMetricAttackS), Median(runs, r => r.MlpFigureAttackS),
            peak.PeakGflops, peak.Timings.Select(HclSgemmShape.From).ToArray(),
            first.MlpStepFlops / 1e9, Median(runs, r => r.MlpStepGflops),
            Median(runs, r => r.MlpCoordinateAscentS), first.MlpCoordinateAscentFlops / 1e9,
            Median(runs, r => r.MlpInformedS), first.MlpInformedFlops / 1e9, first.MlpCountedFlops / 1e9);
    }

    private static double Median(IReadOnlyList<HclFullExperimentTimes> runs, Func<HclFullExperimentTimes, double> value) =>
        HclBenchSummary.Median(runs.Select(value));
}
