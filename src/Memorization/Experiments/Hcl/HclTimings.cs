using System.Diagnostics;
using Memorization.Attacks;
using Memorization.Learners.Trained;
using Memorization.Randomness;
using static TorchSharp.torch;

namespace Memorization.Experiments.Hcl;

/// <summary>
/// Times the published experiment's pieces (docs/engineering.md#performance-targets) on given data: the logistic regression's
/// training, MLP updates, the sign attack and coordinate ascent (and optionally the informed attack) over every singleton. A helper for a console or a
/// benchmark; nothing asserts on these numbers.
/// </summary>
public static class HclTimings
{
    /// <summary>Measures on <paramref name="data"/> (published hyperparameters unless given).</summary>
    /// <param name="data">The experiment's tensors (e.g. at paper scale n = 500, d = 1000, N = 500).</param>
    /// <param name="device">Where to run.</param>
    /// <param name="rootSeed">Root of the init and attack streams.</param>
    /// <param name="mlpSteps">MLP updates to time (the per-step time is their mean).</param>
    /// <param name="logisticRegression">LR options (default: published).</param>
    /// <param name="mlp">MLP options (default: published; Steps is replaced by <paramref name="mlpSteps"/>).</param>
    /// <param name="log">Receives a line as each stage ends (progress of long paper-scale runs).</param>
    /// <param name="informed">When given, also times this informed attack over every singleton on the trained logistic
    /// regression (needs <see cref="HclExperimentData.FixedValues"/>).</param>
    public static HclTimingReport Measure(
        HclExperimentData data, Device device, ulong rootSeed, int mlpSteps = 20,
        LogisticRegressionOptions? logisticRegression = null, MlpOptions? mlp = null, Action<string>? log = null,
        InformedAttack? informed = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.Validate();
        var lrOptions = logisticRegression ?? LogisticRegressionOptions.Published;
        // One checkpoint at step 0 and one at the end: their callbacks bracket the updates (below).
        var mlpOptions = (mlp ?? MlpOptions.Published) with { Steps = mlpSteps, CheckpointEvery = mlpSteps };
        using var set = new HclAttackSet(data, 0);
        var targets = new AttackTargets(set.TargetLabels);

        var cpu = new List<TimeSpan>();
        TimeSpan cpuMark = Process.GetCurrentProcess().TotalProcessorTime;
        void MarkCpu()
        {
            TimeSpan now = Process.GetCurrentProcess().TotalProcessorTime;
            cpu.Add(now - cpuMark);
            cpuMark = now;
        }

        var watch = Stopwatch.StartNew();
        using var lr = LogisticRegressionTrainer.Train(data.TrainInputs, data.TrainLabels, data.SingletonIndices, data.LabelCount,
            lrOptions, device, SeedDerivation.TorchSeed(rootSeed, SeedStreams.InitLogisticRegression));
        TimeSpan lrTime = watch.Elapsed;
        MarkCpu();
        log?.Invoke($"logistic regression trained: {lrTime.TotalSeconds:F1} s");

        watch.Restart();
        using Tensor signGuess = new SignAttack().Reconstruct(lr, targets, device, SeedDerivation.Derive(rootSeed, SeedStreams.TimingSignAttack));
        TimeSpan signTime = watch.Elapsed;
        TimeSpan signCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuMark;
        log?.Invoke($"sign attack done: {signTime.TotalSeconds:F1} s");

        TimeSpan? informedTime = null;
        TimeSpan informedCpu = TimeSpan.Zero;
        double? informedRecovery = null;
        if (informed is not null)
        {
            if (data.FixedValues is null)
            {
                throw new ArgumentException("Timing the informed attack needs HclExperimentData.FixedValues (the instance's fixed values).", nameof(data));
            }
            using var informedScope = NewDisposeScope();
            Tensor masks = data.FixedMasks.index_select(0, set.TargetLabels.to(data.FixedMasks.device));
            Tensor values = data.FixedValues.index_select(0, set.TargetLabels.to(data.FixedValues.device));
            TimeSpan mark = Process.GetCurrentProcess().TotalProcessorTime;
            watch.Restart();
            Tensor guess = informed.Reconstruct(lr, new AttackTargets(set.TargetLabels, masks, values), device,
                SeedDerivation.Derive(rootSeed, SeedStreams.TimingInformedAttack));
            informedTime = watch.Elapsed;
            informedCpu = Process.GetCurrentProcess().TotalProcessorTime - mark;
            informedRecovery = RecoveryMeasurement.Measure(guess, set.TargetExamples, set.TargetUnfixed).AllBitsMean.Mean;
            log?.Invoke($"informed attack done: {informedTime.Value.TotalSeconds:F1} s");
        }

        cpuMark = Process.GetCurrentProcess().TotalProcessorTime;
        watch.Restart();
        // The updates alone, as the PyTorch script times them: from the step-0 checkpoint (after the model is built and
        // initialised, the data moved, the step-0 loss evaluated) to the last one (after the last update and one loss
        // evaluation, a forward pass: ≈ 1/30 of a forward per step with the default 30 steps). Timing the whole Train
        // call charged the model's construction and seeded initialisation to the steps.
        TimeSpan updatesStart = TimeSpan.Zero;
        TimeSpan updatesEnd = TimeSpan.Zero;
        using var network = MlpTrainer.Train(data.TrainInputs, data.TrainLabels, data.LabelCount, mlpOptions, device,
            SeedDerivation.TorchSeed(rootSeed, SeedStreams.InitMlp), checkpoint =>
            {
                if (checkpoint.Step == 0)
                {
                    updatesStart = watch.Elapsed;
                    cpuMark = Process.GetCurrentProcess().TotalProcessorTime; // the CPU time spans the updates too
                }
                else
                {
                    updatesEnd = watch.Elapsed;
                }
            });
        TimeSpan mlpTime = updatesEnd - updatesStart;
        MarkCpu();
        cpu.Add(signCpu);
        log?.Invoke($"MLP: {mlpOptions.Steps} steps in {mlpTime.TotalSeconds:F1} s");

        var ascent = new CoordinateAscentAttack();
        watch.Restart();
        using Tensor ascentGuess = ascent.Reconstruct(network, targets, device, SeedDerivation.Derive(rootSeed, SeedStreams.TimingCoordinateAscentAttack));
        TimeSpan ascentTime = watch.Elapsed;
        MarkCpu();
        if (informedTime is not null)
        {
            cpu.Add(informedCpu);
        }

        double signRecovery = RecoveryMeasurement.Measure(signGuess, set.TargetExamples, set.TargetUnfixed).AllBitsMean.Mean;
        double ascentRecovery = RecoveryMeasurement.Measure(ascentGuess, set.TargetExamples, set.TargetUnfixed).AllBitsMean.Mean;
        string description = device.type == TorchSharp.DeviceType.CPU ? $"cpu ({get_num_threads()} threads)" : device.ToString();
        int n = (int)data.TrainInputs.shape[0];
        long targetSweeps = ascent.LastSweepCounts.Sum(s => (long)s);
        return new HclTimingReport(description, set.Count, lrTime, lrOptions.Steps, mlpTime / mlpSteps, mlpSteps, signTime, ascentTime,
            ascent.LastSweepCounts.Average(), signRecovery, ascentRecovery, cpu)
        {
            InformedAttack = informedTime,
            InformedRecovery = informedRecovery,
            MlpStepFlops = HclMatrixProducts.MlpStepFlops(n, data.Dimension, mlpOptions.HiddenWidth, data.LabelCount),
            CoordinateAscentTargetSweeps = targetSweeps,
            CoordinateAscentFlops = HclMatrixProducts.CoordinateAscentFlops(set.Count, targetSweeps, data.Dimension, mlpOptions.HiddenWidth, data.LabelCount),
        };
    }
}
