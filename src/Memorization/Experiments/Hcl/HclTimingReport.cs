namespace Memorization.Experiments.Hcl;

/// <summary>Wall times of the published experiment's pieces on one machine (for reports and the README, not for assertions).</summary>
/// <param name="Device">Where it ran, e.g. <c>cpu (2 threads)</c>.</param>
/// <param name="Singletons">Targets attacked.</param>
/// <param name="LogisticRegressionTraining">The logistic regression's whole training (its options' steps, no checkpoints).</param>
/// <param name="LogisticRegressionSteps">Steps of that training.</param>
/// <param name="MlpPerStep">Mean wall time of one MLP update over <paramref name="MlpSteps"/> updates.</param>
/// <param name="MlpSteps">MLP updates timed.</param>
/// <param name="SignAttack">The sign attack over every singleton, on the trained logistic regression.</param>
/// <param name="CoordinateAscent">Coordinate ascent (incremental path) over every singleton, on the MLP after <paramref name="MlpSteps"/> updates.</param>
/// <param name="CoordinateAscentMeanSweeps">Mean sweeps per target in that run (the cost grows with it).</param>
/// <param name="SignRecovery">Mean all-bit recovery of the sign attack (a sanity check that the run was real).</param>
/// <param name="CoordinateAscentRecovery">Mean all-bit recovery of coordinate ascent.</param>
/// <param name="CpuTimes">Process CPU time (all threads) of the four stages, in the order above: on a shared machine
/// wall time measures the neighbours too, CPU time ÷ threads approximates the wall time on an idle one. A fifth entry,
/// when <see cref="InformedAttack"/> was timed, is the informed attack's.</param>
public sealed record HclTimingReport(
    string Device,
    int Singletons,
    TimeSpan LogisticRegressionTraining,
    int LogisticRegressionSteps,
    TimeSpan MlpPerStep,
    int MlpSteps,
    TimeSpan SignAttack,
    TimeSpan CoordinateAscent,
    double CoordinateAscentMeanSweeps,
    double SignRecovery,
    double CoordinateAscentRecovery,
    IReadOnlyList<TimeSpan> CpuTimes)
{
    /// <summary>The informed attack over every singleton on the trained logistic regression, when it was timed.</summary>
    public TimeSpan? InformedAttack { get; init; }

    /// <summary>Mean all-bit recovery of the informed attack, when it was timed.</summary>
    public double? InformedRecovery { get; init; }

    /// <summary>Flops of the matrix products of one MLP update at the timed shapes (<see cref="HclMatrixProducts.MlpStepFlops"/>); 0 when not counted.</summary>
    public double MlpStepFlops { get; init; }

    /// <summary>Sweeps of coordinate ascent summed over the targets (S of <see cref="HclMatrixProducts.CoordinateAscentFlops"/>).</summary>
    public long CoordinateAscentTargetSweeps { get; init; }

    /// <summary>Flops of the matrix products coordinate ascent ran (<see cref="HclMatrixProducts.CoordinateAscentFlops"/>); 0 when not counted.</summary>
    public double CoordinateAscentFlops { get; init; }

    /// <summary>One line per measurement, for logs.</summary>
    public override string ToString() =>
        $"device {Device}; {Singletons} singletons\n" +
        $"logistic regression: {LogisticRegressionSteps} steps in {LogisticRegressionTraining.TotalSeconds:F2} s (cpu {CpuTimes[0].TotalSeconds:F2} s)\n" +
        $"MLP: {MlpPerStep.TotalMilliseconds:F1} ms per step (mean of {MlpSteps}; cpu {CpuTimes[1].TotalMilliseconds / MlpSteps:F1} ms per step)\n" +
        $"sign attack, all singletons: {SignAttack.TotalSeconds:F2} s (cpu {CpuTimes[2].TotalSeconds:F2} s; recovery {SignRecovery:F3})\n" +
        $"coordinate ascent, all singletons: {CoordinateAscent.TotalSeconds:F2} s (cpu {CpuTimes[3].TotalSeconds:F2} s), " +
        $"{CoordinateAscentMeanSweeps:F2} sweeps/target (recovery {CoordinateAscentRecovery:F3})" +
        (InformedAttack is { } informed
            ? $"\ninformed attack, all singletons: {informed.TotalSeconds:F2} s (cpu {CpuTimes[^1].TotalSeconds:F2} s; recovery {InformedRecovery:F3})"
            : "");
}
