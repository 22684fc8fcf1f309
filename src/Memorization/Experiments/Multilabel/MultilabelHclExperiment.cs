using System.Diagnostics;
using Memorization.Attacks;
using Memorization.Evaluation;
using Memorization.Experiments.Hcl;
using Memorization.Learners;
using Memorization.Learners.Bayes;
using Memorization.Learners.Trained;
using Memorization.Randomness;
using Memorization.Tasks;
using static TorchSharp.torch;

namespace Memorization.Experiments.Multilabel;

/// <summary>
/// The multilabel HCL experiment (docs/experiments.md#multilabel-hcl-experiment): generate the data set, measure the Bayes-optimal
/// and forgetful bitwise predictors, train the multilabel logistic regression, measure its bit errors, and attack every
/// singleton with the sign attack (and coordinate ascent), aimed at the singleton's label VECTOR
/// (<see cref="LabelVectorTargetModel"/>).
/// </summary>
/// <remarks>
/// Streams: the multiclass data set's (<see cref="HclDataSet"/>) and its fresh singleton controls
/// (<see cref="HclExperimentTensors"/>), <c>instance/label-vectors</c>, <c>init/multilabel-logistic-regression</c>, and the
/// attacks' <c>attack/multilabel-logistic-regression/step{steps}</c> (the sign attack) and its <c>…/coordinate-ascent</c>.
/// </remarks>
public static class MultilabelHclExperiment
{
    /// <summary>The model's name in the stream names.</summary>
    public const string ModelName = "multilabel-logistic-regression";

    /// <summary>Runs the experiment on <paramref name="device"/>.</summary>
    /// <exception cref="InvalidParameterException">An option is out of range.</exception>
    /// <exception cref="InvalidOperationException">The training set has no singleton (nothing to attack): raise n or N.</exception>
    public static MultilabelHclResult Run(MultilabelHclOptions options, Device device, IProgress<ExperimentProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        MultilabelHclDataSet data = MultilabelHclDataSet.Generate(options.Parameters, options.LabelBits, options.RootSeed);
        HclDataSet examples = data.Examples;
        if (examples.SingletonIndices.Count == 0)
        {
            throw new InvalidOperationException(
                $"The training set of {options.Parameters} has no singleton subpopulation, so there is nothing to attack; raise n or N (N = n gives about n/e singletons).");
        }
        progress?.Report(new ExperimentProgress(0.0, "multilabel: Bayes-optimal and forgetful bit errors"));
        MultilabelBitErrors bayes, forgetful;
        using (MultilabelBayesOptimal b = MultilabelBayesOptimal.Fit(data))
        using (MultilabelBayesOptimal f = MultilabelBayesOptimal.FitForgetful(data))
        {
            bayes = Errors(b, data, device);
            forgetful = Errors(f, data, device);
        }

        using var scope = NewDisposeScope();
        HclExperimentData tensors = HclExperimentTensors.From(examples, device);
        Tensor vectors = data.Labels.ToTensor(device);
        progress?.Report(new ExperimentProgress(0.2, $"multilabel: training the logistic regression ({options.LogisticRegression.Steps} steps)"));
        var clock = Stopwatch.StartNew();
        using MultilabelLogisticRegressionModel model = MultilabelLogisticRegressionTrainer.Train(
            tensors.TrainInputs, tensors.TrainLabels, vectors, tensors.SingletonIndices, options.LogisticRegression, device,
            SeedDerivation.TorchSeed(options.RootSeed, SeedStreams.InitMultilabelLogisticRegression));
        TimeSpan trainingTime = clock.Elapsed;
        MultilabelBitErrors modelErrors = Errors(model, data, device);
        double trainError = MultilabelEvaluator.Mean(MultilabelEvaluator.BitErrors(model, examples.Training, data.Labels, device));

        int s = examples.SingletonIndices.Count;
        progress?.Report(new ExperimentProgress(0.4, $"multilabel: attacking {s} singletons"));
        Tensor singletonRows = tensors.SingletonIndices;
        Tensor targetSubpopulations = tensors.TrainLabels.index_select(0, singletonRows);
        Tensor targetExamples = tensors.TrainInputs.index_select(0, singletonRows);
        Tensor unfixed = tensors.FixedMasks.index_select(0, targetSubpopulations).logical_not();
        LabelVectorTargetModel view = LabelVectorTargetModel.For(model, vectors.index_select(0, targetSubpopulations));
        var targets = new AttackTargets(arange(s, dtype: ScalarType.Int64));
        string stream = SeedStreams.AttackAtStep(ModelName, options.LogisticRegression.Steps);
        MultilabelAttackRecovery sign = Attack(new SignAttack(), view, targets, device, SeedDerivation.Derive(options.RootSeed, stream),
            targetExamples, tensors.SingletonFreshControls, unfixed);
        MultilabelAttackRecovery? ascent = null;
        if (options.CoordinateAscent)
        {
            progress?.Report(new ExperimentProgress(0.7, $"multilabel: coordinate ascent on {s} singletons"));
            ascent = Attack(new CoordinateAscentAttack(), view, targets, device, SeedDerivation.Derive(options.RootSeed, SeedStreams.AttackMultilabelCoordinateAscent(options.LogisticRegression.Steps)),
                targetExamples, tensors.SingletonFreshControls, unfixed);
        }
        progress?.Report(new ExperimentProgress(1.0, "multilabel: done"));
        return new MultilabelHclResult(data, bayes, forgetful, modelErrors, trainError, sign, ascent,
            HclExampleGroups.UnfixedCounts(examples), RecoveryMeasurement.GuessingReference(options.Parameters.Rho), trainingTime);
    }

    private static MultilabelBitErrors Errors(IMultilabelModel model, MultilabelHclDataSet data, Device device) => new(
        MultilabelEvaluator.BitErrors(model, data.Examples.FreshTest, data.Labels, device),
        MultilabelEvaluator.BitErrors(model, data.Examples.RepresentedTest, data.Labels, device),
        MultilabelEvaluator.BitErrors(model, data.Examples.SingletonTest, data.Labels, device));

    private static MultilabelAttackRecovery Attack(
        ILabelModelAttack attack, ILabelModel view, AttackTargets targets, Device device, ulong seed, Tensor examples, Tensor freshControls, Tensor unfixed)
    {
        var clock = Stopwatch.StartNew();
        using Tensor reconstructed = attack.Reconstruct(view, targets, device, seed);
        TimeSpan elapsed = clock.Elapsed;
        return new MultilabelAttackRecovery(attack.Name,
            RecoveryMeasurement.Measure(reconstructed, examples, unfixed), RecoveryMeasurement.Measure(reconstructed, freshControls, unfixed), elapsed);
    }
}
