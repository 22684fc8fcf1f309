using System.Diagnostics;
using Memorization.Attacks;
using Memorization.Learners;
using Memorization.Learners.Trained;
using Memorization.Randomness;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Experiments.Hcl;

/// <summary>
/// Runs the published experiment at the tensor level (docs/experiments.md#published-hcl-experiment): trains the logistic regression and the MLP and, at
/// each checkpoint, records the loss, the classification errors and the attacks' recovery of every singleton with both
/// controls. Thin on purpose: the models, attacks and measures do the work.
/// </summary>
public static class HclExperimentRunner
{
    /// <summary>Runs the models selected by <paramref name="options"/> on <paramref name="data"/>.</summary>
    /// <param name="data">The experiment's tensors.</param>
    /// <param name="options">What to train and how to attack.</param>
    /// <param name="device">Where to train.</param>
    /// <param name="progress">Told the step and checkpoint reached and what runs there; listening changes no result.</param>
    public static HclExperimentResult Run(HclExperimentData data, HclExperimentOptions options, Device device, IProgress<ExperimentProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        data.Validate();
        options.Validate();
        using var targets = new HclAttackSet(data, options.MaxRepresentedControls);
        using HclAttackSet? figureSubset = options.FigureTargets > 0 ? targets.Subset(options.FigureTargets, data.SingletonFreshControls, options.RootSeed) : null;
        HclAttackSet? figureTargets = options.FigureTargets == 0 ? null : figureSubset ?? targets;

        int models = (options.LogisticRegression is null ? 0 : 1) + (options.Mlp is null ? 0 : 1);
        var lrProgress = new ModelProgress(progress, "logistic-regression", 0, models, options.LogisticRegression?.Steps ?? 0,
            options.LogisticRegression?.CheckpointEvery ?? 1);
        var mlpProgress = new ModelProgress(progress, "mlp", options.LogisticRegression is null ? 0 : 1, models, options.Mlp?.Steps ?? 0,
            options.Mlp?.CheckpointEvery ?? 1);
        HclModelRun? lr = options.LogisticRegression is { } lrOptions
            ? Record("logistic-regression", options.LogisticRegressionAttack, data, options, targets, figureTargets, device, lrProgress, onCheckpoint =>
                LogisticRegressionTrainer.Train(data.TrainInputs, data.TrainLabels, data.SingletonIndices, data.LabelCount, lrOptions,
                    device, SeedDerivation.TorchSeed(options.RootSeed, SeedStreams.InitLogisticRegression), onCheckpoint))
            : null;
        HclModelRun? mlp = options.Mlp is { } mlpOptions
            ? Record("mlp", options.MlpAttack, data, options, targets, figureTargets, device, mlpProgress, onCheckpoint =>
                MlpTrainer.Train(data.TrainInputs, data.TrainLabels, data.LabelCount, mlpOptions,
                    device, SeedDerivation.TorchSeed(options.RootSeed, SeedStreams.InitMlp), onCheckpoint))
            : null;
        return new HclExperimentResult(lr, mlp, RecoveryMeasurement.GuessingReference(data.Rho), targets.Count, device.ToString());
    }

    private static HclModelRun Record(
        string name, ILabelModelAttack attack, HclExperimentData data, HclExperimentOptions options, HclAttackSet targets, HclAttackSet? figureTargets,
        Device device, ModelProgress progress, Func<Action<TrainingCheckpoint>, TrainedLabelModel> train)
    {
        var checkpoints = new List<HclCheckpoint>();
        var total = Stopwatch.StartNew();
        var outside = new Stopwatch();
        // Process CPU time (all threads) beside the wall clocks, for benchmarks on a shared machine; reading it changes no result.
        TimeSpan cpuStart = CpuNow();
        TimeSpan outsideCpu = TimeSpan.Zero;
        int index = 0;
        int lastStep = name == "mlp" ? options.Mlp!.Steps : options.LogisticRegression!.Steps;
        using TrainedLabelModel model = train(checkpoint =>
        {
            outside.Start();
            TimeSpan callbackCpu = CpuNow();
            bool attackHere = index % options.AttackEveryCheckpoints == 0 || checkpoint.Step == lastStep;
            index++;
            progress.Checkpoint(checkpoint.Step, index, attackHere ? $"attacking {targets.Count} singletons"
                : figureTargets is null ? null : $"attacking for the figures {figureTargets.Count} singletons");
            HclAttackRecord? record = attackHere
                ? Attack(name, attack, checkpoint.Model, checkpoint.Step, checkpoint.Step == lastStep, data, options, targets, device)
                : null;
            if (record is not null && checkpoint.Step == lastStep && options.MultiplicityRecovery)
            {
                record = record with { Multiplicity = Multiplicity(name, attack, checkpoint.Model, checkpoint.Step, data, options, device) };
            }
            // Figure-only recovery at the other checkpoints: their steps' seeds are used by no metric attack.
            HclAttackRecord? figure = !attackHere && figureTargets is not null
                ? FigureAttack(name, attack, checkpoint.Model, checkpoint.Step, data, options, figureTargets, device)
                : null;
            checkpoints.Add(new HclCheckpoint(
                checkpoint.Step,
                checkpoint.Loss,
                Error(checkpoint.Model, data.TrainInputs, data.TrainLabels),
                Error(checkpoint.Model, data.FreshTest.Inputs, data.FreshTest.Labels),
                Error(checkpoint.Model, data.RepresentedTest.Inputs, data.RepresentedTest.Labels),
                Error(checkpoint.Model, data.SingletonTest.Inputs, data.SingletonTest.Labels),
                record,
                figure,
                checkpoint.Step == lastStep ? Mistakes(checkpoint.Model, data.SingletonTest.Inputs, data.SingletonTest.Labels) : null));
            progress.Training(checkpoint.Step);
            outsideCpu += CpuNow() - callbackCpu;
            outside.Stop();
        });
        TimeSpan totalCpu = CpuNow() - cpuStart;
        return new HclModelRun(name, model.ParameterBits, checkpoints, total.Elapsed - outside.Elapsed)
        {
            CheckpointTime = outside.Elapsed,
            TrainingCpuTime = totalCpu - outsideCpu,
            CheckpointCpuTime = outsideCpu,
        };
    }

    private static TimeSpan CpuNow()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    // One model's share of the experiment's progress: the model's steps scaled into its slot among the models run.
    private sealed record ModelProgress(IProgress<ExperimentProgress>? Sink, string Name, int Slot, int Models, int Steps, int CheckpointEvery)
    {
        public void Checkpoint(int step, int checkpoint, string? attack)
        {
            string what = attack ?? "evaluating";
            Report(step, $"{Name}: step {step}/{Steps} (checkpoint {checkpoint}), {what}");
        }

        // Between checkpoints the trainer runs without callbacks: say where training is headed, not the last attack.
        public void Training(int step)
        {
            if (step < Steps)
            {
                Report(step, $"{Name}: training steps {step + 1}–{Math.Min(Steps, step + CheckpointEvery)} of {Steps}");
            }
        }

        private void Report(int step, string stage)
        {
            double within = Steps == 0 ? 1.0 : Math.Clamp((double)step / Steps, 0.0, 1.0);
            Sink?.Report(new ExperimentProgress((Slot + within) / Math.Max(1, Models), stage));
        }
    }

    // The informed attack runs at the last checkpoint only (HclExperimentOptions.InformedAttack): its seed is the step's, so
    // skipping the earlier ones changes none of its draws there.
    private static HclAttackRecord Attack(
        string name, ILabelModelAttack attack, ILabelModel model, int step, bool last, HclExperimentData data, HclExperimentOptions options,
        HclAttackSet set, Device device)
    {
        var watch = Stopwatch.StartNew();
        ulong seed = SeedDerivation.Derive(options.RootSeed, SeedStreams.AttackAtStep(name, step));
        using var scope = NewDisposeScope();
        Tensor reconstructed = attack.Reconstruct(model, new AttackTargets(set.TargetLabels), device, seed);
        HclAttackWork work = HclAttackWork.OfLastCall(attack, set.Count);
        (RecoveryMeasurement targets, RecoveryMeasurement fresh) = MeasureTargets(reconstructed, set, data, options);
        RecoveryMeasurement? represented = null;
        if (set.ControlLabels is not null)
        {
            ulong controlSeed = SeedDerivation.Derive(options.RootSeed, SeedStreams.AttackRepresentedControl(name, step));
            Tensor control = attack.Reconstruct(model, new AttackTargets(set.ControlLabels), device, controlSeed);
            work += HclAttackWork.OfLastCall(attack, (int)set.ControlLabels.shape[0]);
            represented = RecoveryMeasurement.Measure(control, set.ControlExamples!, set.ControlUnfixed!, options.ConfidenceLevel, options.Interval);
        }
        RecoveryMeasurement? informed = null;
        if (last && options.InformedAttack is { } informedAttack)
        {
            if (data.FixedValues is null)
            {
                throw new ArgumentException("The informed attack needs HclExperimentData.FixedValues (the instance's fixed values).", nameof(data));
            }
            ulong informedSeed = SeedDerivation.Derive(options.RootSeed, SeedStreams.AttackInformedAtStep(name, step));
            Tensor masks = data.FixedMasks.index_select(0, set.TargetLabels.to(data.FixedMasks.device));
            Tensor values = data.FixedValues.index_select(0, set.TargetLabels.to(data.FixedValues.device));
            var informedWatch = Stopwatch.StartNew();
            Tensor guess = informedAttack.Reconstruct(model, new AttackTargets(set.TargetLabels, masks, values), device, informedSeed);
            long probes = informedAttack is InformedAttack counted ? 2L * counted.Samples * masks.logical_not().sum().item<long>() : 0;
            work += new HclAttackWork(0, 0, probes, informedWatch.Elapsed);
            informed = RecoveryMeasurement.Measure(guess, set.TargetExamples, set.TargetUnfixed, options.ConfidenceLevel, options.Interval);
        }
        return new HclAttackRecord(attack.Name, targets, fresh, represented, informed, watch.Elapsed, set.Rows) { Work = work };
    }

    // Recovery against multiplicity: one more attack call, on every subpopulation with a training example, with a seed of its
    // own (attack/<model>/step<k>/multiplicity), so no other attack's draws change.
    private static HclMultiplicityRecovery Multiplicity(
        string name, ILabelModelAttack attack, ILabelModel model, int step, HclExperimentData data, HclExperimentOptions options, Device device)
    {
        if (data.SubpopulationFreshControls is null)
        {
            throw new ArgumentException(
                "Recovery against multiplicity needs HclExperimentData.SubpopulationFreshControls (HclExperimentTensors.From draws them).", nameof(data));
        }
        using var scope = NewDisposeScope();
        int[] labels = data.TrainLabels.cpu().data<long>().Select(l => (int)l).ToArray();
        int[] attacked = labels.Distinct().Order().ToArray();
        ulong seed = SeedDerivation.Derive(options.RootSeed, SeedStreams.AttackMultiplicity(name, step));
        Tensor reconstructed = attack.Reconstruct(model, new AttackTargets(tensor(attacked.Select(j => (long)j).ToArray())), device, seed);
        return HclMultiplicityRecovery.Measure(
            data.Dimension,
            labels,
            data.TrainInputs.cpu().to(ScalarType.Float32).data<float>().ToArray(),
            attacked,
            reconstructed.cpu().to(ScalarType.Float32).data<float>().ToArray(),
            data.FixedMasks.cpu().data<bool>().ToArray(),
            data.SubpopulationFreshControls!.cpu().to(ScalarType.Float32).data<float>().ToArray());
    }

    // For the figures only: the targets and the represented controls in one attack call (one pass of the attack instead of
    // two: its cost per call hardly depends on the number of targets), no informed attack. Seeded by the step, which no
    // metric attack uses.
    private static HclAttackRecord FigureAttack(
        string name, ILabelModelAttack attack, ILabelModel model, int step, HclExperimentData data, HclExperimentOptions options,
        HclAttackSet set, Device device)
    {
        var watch = Stopwatch.StartNew();
        ulong seed = SeedDerivation.Derive(options.RootSeed, SeedStreams.AttackAtStep(name, step));
        using var scope = NewDisposeScope();
        Tensor labels = set.ControlLabels is null ? set.TargetLabels : cat([set.TargetLabels, set.ControlLabels]);
        Tensor reconstructed = attack.Reconstruct(model, new AttackTargets(labels), device, seed);
        HclAttackWork work = HclAttackWork.OfLastCall(attack, (int)labels.shape[0]);
        (RecoveryMeasurement targets, RecoveryMeasurement fresh) = MeasureTargets(reconstructed.narrow(0, 0, set.Count), set, data, options);
        RecoveryMeasurement? represented = set.ControlLabels is null
            ? null
            : RecoveryMeasurement.Measure(reconstructed.narrow(0, set.Count, set.ControlLabels.shape[0]), set.ControlExamples!, set.ControlUnfixed!,
                options.ConfidenceLevel, options.Interval);
        return new HclAttackRecord(attack.Name, targets, fresh, represented, null, watch.Elapsed, set.Rows) { Work = work };
    }

    // The reconstructions of the targets compared with the targets themselves and with their fresh controls (the set's
    // own, or the data's fresh example of each singleton).
    private static (RecoveryMeasurement Targets, RecoveryMeasurement Fresh) MeasureTargets(
        Tensor targetRows, HclAttackSet set, HclExperimentData data, HclExperimentOptions options) =>
        (RecoveryMeasurement.Measure(targetRows, set.TargetExamples, set.TargetUnfixed, options.ConfidenceLevel, options.Interval),
         RecoveryMeasurement.Measure(targetRows, set.FreshControls ?? data.SingletonFreshControls, set.TargetUnfixed, options.ConfidenceLevel, options.Interval));

    // Per-query mistakes (the error rates below stay computed as before, so no recorded rate changes).
    private static bool[] Mistakes(ILabelModel model, Tensor inputs, Tensor labels)
    {
        if (inputs.shape[0] == 0)
        {
            return [];
        }
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        Tensor predicted = model.LogProbabilities(inputs).argmax(1).cpu();
        return predicted.ne(labels.cpu()).data<bool>().ToArray();
    }

    /// <summary>Fraction of rows whose arg-max label differs from the true label.</summary>
    private static double Error(ILabelModel model, Tensor inputs, Tensor labels)
    {
        if (inputs.shape[0] == 0)
        {
            return double.NaN;
        }
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        Tensor predicted = model.LogProbabilities(inputs).argmax(1).cpu();
        return predicted.ne(labels.cpu()).to(ScalarType.Float64).mean().item<double>();
    }
}
