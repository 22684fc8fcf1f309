using System.Diagnostics;
using Memorization.Attacks.Sequence;
using Memorization.Learners.Sequence;
using Memorization.Randomness;
using static TorchSharp.torch;

namespace Memorization.Experiments.Nsp;

/// <summary>
/// The NSP memorization experiment (docs/experiments.md#nsp-experiment): train the causal sequence model and, at every
/// checkpoint, record the training loss, the query errors by subpopulation count, and the noise-bit recovery of
/// both attacks on training singletons against two controls (fresh strings of the same subpopulations, and
/// training strings of subpopulations seen ≥ 2 times).
/// </summary>
/// <remarks>
/// Thin: the work is in <see cref="SequenceTrainer"/>, <see cref="PrefixExtractionAttack"/>,
/// <see cref="SequenceInformedAttack"/> and <see cref="ReconstructionScores"/>. Each attack runs once per checkpoint
/// over the three groups together (one batch), then is scored per group. The informed attack's probes use
/// the same seed at every checkpoint, so the series differ only through the model.
/// </remarks>
public static class NspExperiment
{
    /// <summary>Runs the experiment on <paramref name="device"/>.</summary>
    /// <param name="inputs">The experiment's tensors.</param>
    /// <param name="options">The model, attacks and confidence.</param>
    /// <param name="device">Where to train.</param>
    /// <param name="progress">Told the step and checkpoint reached and what runs there; listening changes no result.</param>
    public static NspExperimentResult Run(NspExperimentInputs inputs, NspExperimentOptions options, Device device, IProgress<ExperimentProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        var total = Stopwatch.StartNew();
        int length = (int)inputs.TrainingStrings.shape[^1];
        NspTensorChecks.RequireStrings(inputs.TrainingStrings, length, nameof(inputs.TrainingStrings));
        NspTensorChecks.RequireStrings(inputs.Centres, length, nameof(inputs.Centres));
        NspTensorChecks.RequireRows(inputs.Subpopulations, inputs.TrainingStrings.shape[0], nameof(inputs.Subpopulations), nameof(inputs.TrainingStrings));
        options.Validate(length);
        int promptLength = options.PromptLength ?? PrefixExtractionAttack.DefaultPromptLength(length);

        using var scope = NewDisposeScope();
        NspTargets targets = NspTargets.Build(inputs, SeedDerivation.TorchSeed(options.RootSeed, SeedStreams.NspFreshControls), device, options.FreshControlsPerSingleton);
        long informedSeed = SeedDerivation.TorchSeed(options.RootSeed, SeedStreams.NspInformedAttack);

        var records = new List<NspCheckpointRecord>();
        var measuring = new Stopwatch();
        using SequenceModel model = SequenceModel.Create(length, options.Model, SeedDerivation.TorchSeed(options.RootSeed, SeedStreams.InitSequence), device);
        SequenceTrainer.Train(model, inputs.TrainingStrings, SeedDerivation.TorchSeed(options.RootSeed, SeedStreams.TrainShuffle), checkpoint =>
        {
            measuring.Start();
            progress?.Report(new ExperimentProgress((double)checkpoint.Step / options.Model.Steps,
                $"{model.Name}: step {checkpoint.Step}/{options.Model.Steps} (checkpoint {records.Count + 1}), measuring and attacking {targets.Size(NspTargetGroup.Singletons)} singletons"));
            records.Add(Measure(checkpoint, inputs, targets, options, promptLength, informedSeed,
                position => progress?.Report(new ExperimentProgress((double)checkpoint.Step / options.Model.Steps,
                    $"{model.Name}: step {checkpoint.Step}/{options.Model.Steps} (checkpoint {records.Count + 1}), extracting {targets.Strings.shape[0]} strings: bit {position + 1} of {length}"))));
            if (checkpoint.Step < options.Model.Steps)
            {
                // Between checkpoints the trainer runs without callbacks: say where training is headed.
                progress?.Report(new ExperimentProgress((double)checkpoint.Step / options.Model.Steps,
                    $"{model.Name}: training steps {checkpoint.Step + 1}–{Math.Min(options.Model.Steps, checkpoint.Step + options.Model.CheckpointEvery)} of {options.Model.Steps}"));
            }

            measuring.Stop();
        }, onStep: step => progress?.Report(new ExperimentProgress((double)step / options.Model.Steps,
            $"{model.Name}: step {step}/{options.Model.Steps}")));
        return new NspExperimentResult(records, model.ParameterBits, inputs.NoiseRate, promptLength, total.Elapsed - measuring.Elapsed, total.Elapsed);
    }

    private static NspCheckpointRecord Measure(
        SequenceCheckpoint checkpoint, NspExperimentInputs inputs, NspTargets targets, NspExperimentOptions options, int promptLength, long informedSeed,
        Action<int> onExtractedPosition)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        SequenceModel model = checkpoint.Model;
        double singletonLoss = targets.Size(NspTargetGroup.Singletons) == 0
            ? double.NaN
            : SequenceTrainer.PerStringLossBits(model, targets.Rows(targets.Strings, NspTargetGroup.Singletons)).Average();

        var queryErrors = new Dictionary<string, double>();
        var queryMistakes = new Dictionary<string, bool[]>();
        foreach (NspQuerySet set in inputs.QuerySets)
        {
            NspQueryErrors.Add(model, set, queryErrors, queryMistakes);
        }

        var attacks = new List<NspAttackRecord>();
        var clock = Stopwatch.StartNew();
        Tensor extracted = PrefixExtractionAttack.Run(model, targets.Strings, promptLength, onExtractedPosition);
        attacks.AddRange(targets.Score(NspAttackKind.PrefixExtraction, extracted, promptLength, clock.Elapsed, options.Confidence));
        clock.Restart();
        // The informed attack sees only the model and the centre: run it once per training target and give each
        // fresh control its singleton's guess (same centre, same probes), instead of repeating identical work.
        Tensor informed = targets.ExpandFromTrainingCentres(
            SequenceInformedAttack.Run(model, targets.TrainingCentres(), inputs.NoiseRate, options.ProbeCount, informedSeed));
        attacks.AddRange(targets.Score(NspAttackKind.Informed, informed, 0, clock.Elapsed, options.Confidence));
        return new NspCheckpointRecord(checkpoint.Step, checkpoint.TrainingLoss, singletonLoss, queryErrors, attacks, queryMistakes);
    }
}
