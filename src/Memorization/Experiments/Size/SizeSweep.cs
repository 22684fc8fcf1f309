using Memorization.Attacks;
using Memorization.Evaluation;
using Memorization.Experiments.Hcl;
using Memorization.Learners;
using Memorization.Learners.Bayes;
using Memorization.Learners.Compression;
using Memorization.Learners.Trained;
using Memorization.Randomness;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Experiments.Size;

/// <summary>
/// Runs the SIZE sweep (docs/bounds.md#model-size, docs/claims.md#size): trains the published logistic regression exactly as the HCL experiment does
/// (same data, same seed stream <c>init/logistic-regression</c>), compresses it to every budget (quantisation, magnitude
/// pruning, per-row pruning with 1-bit values and an 8-bit bias — "row-sign" —, truncated SVD), trains the
/// capacity-limited models from scratch (low-rank logistic regressions, narrow MLPs), and for each model records its size, its mistakes on represented and singleton queries, and the sign
/// attack's recovery of the singleton training examples.
/// </summary>
/// <remarks>
/// Seeds, all derived from the claim's root seed: data as <see cref="HclDataSet.Generate(HclParameters, ulong)"/>;
/// <c>init/low-rank-logistic-regression/r{r}</c>, <c>init/narrow-mlp/h{H}</c>; the attack of each model
/// <c>attack/size/{label}</c>.
/// </remarks>
public static class SizeSweep
{
    /// <summary>Bits per kept weight of the row-sign family: its sign times one shared magnitude.</summary>
    public const int RowSignValueBits = 1;

    /// <summary>
    /// Bits per bias entry of the row-sign family, with one 32-bit scale (<see cref="WeightQuantisation"/>): 8·N + 32 bits.
    /// A float32 bias alone is 32·N bits = (32/d)·n·d when N = n — 0.08·n·d on the smoke instance (d = 400) — and with
    /// the weights' positions it kept every row-sign model above the lower confidence end of the full model's
    /// information bound (≈ 0.09·n·d there), so no model of the sweep was below the bound it is compared with.
    /// </summary>
    public const int RowSignBiasBits = 8;

    /// <summary>The sweep's result.</summary>
    /// <param name="Data">The data set.</param>
    /// <param name="Points">The full model first, then each family in the order of <see cref="SizeBudgets"/>.</param>
    /// <param name="ForgetfulSingletonMistakes">The forgetful Bayes learner's mistakes on the singleton queries (the reference).</param>
    /// <param name="UnfixedCounts">Unfixed-bit count of each singleton training example (the Fano bound's bᵢ).</param>
    public sealed record Result(HclDataSet Data, IReadOnlyList<SizePoint> Points, IReadOnlyList<bool> ForgetfulSingletonMistakes, IReadOnlyList<int> UnfixedCounts)
    {
        /// <summary>n·d.</summary>
        public long TrainingBits => (long)Data.Parameters.TrainingSize * Data.Parameters.Dimension;
    }

    /// <summary>Runs the sweep on <paramref name="device"/>.</summary>
    /// <param name="parameters">The HCL instance.</param>
    /// <param name="seed">The root seed of data, initialisations and attacks.</param>
    /// <param name="lr">The published logistic regression's options (the full model; also the low-rank models').</param>
    /// <param name="mlp">The published MLP's options (the narrow MLPs change only the hidden width).</param>
    /// <param name="budgets">The budgets to sweep.</param>
    /// <param name="device">Where to train.</param>
    /// <param name="progress">Reports the fraction of models done.</param>
    /// <param name="cancellationToken">Stops between models.</param>
    public static Result Run(
        HclParameters parameters, ulong seed, LogisticRegressionOptions lr, MlpOptions mlp, SizeBudgets budgets,
        torch.Device device, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(budgets);
        HclDataSet data = HclDataSet.Generate(parameters, seed);
        int[] unfixed = HclExampleGroups.UnfixedCounts(data);
        var points = new List<SizePoint>();
        int total = 1 + budgets.QuantiseBits.Count + budgets.PruneKeep.Count + budgets.RowSignKeep.Count + budgets.FactorRanks.Count + budgets.ScratchRanks.Count + budgets.MlpWidths.Count;

        using var scope = torch.NewDisposeScope();
        HclExperimentData tensors = HclExperimentTensors.From(data, device);
        using var targets = new HclAttackSet(tensors, 0);
        void Add(string family, string label, double setting, ILabelModel model)
        {
            cancellationToken.ThrowIfCancellationRequested();
            points.Add(Measure(family, label, setting, model, data, targets, seed, device));
            progress?.Report((double)points.Count / total);
        }

        using (LogisticRegressionModel full = LogisticRegressionTrainer.Train(tensors.TrainInputs, tensors.TrainLabels, tensors.SingletonIndices,
            tensors.LabelCount, lr, device, SeedDerivation.TorchSeed(seed, SeedStreams.InitLogisticRegression)))
        {
            Add("full", "full", 32, full);
            foreach (int bits in budgets.QuantiseBits)
            {
                using CompressedLabelModel m = WeightQuantisation.Compress(full, bits);
                Add("quantised", $"quantised-{bits}bit", bits, m);
            }
            foreach (double keep in budgets.PruneKeep)
            {
                using CompressedLabelModel m = MagnitudePruning.Compress(full, keep);
                Add("pruned", $"pruned-{Text(keep)}", keep, m);
            }
            foreach (double keep in budgets.RowSignKeep)
            {
                using CompressedLabelModel m = MagnitudePruning.Compress(full, keep, perRow: true, valueBits: RowSignValueBits, biasBits: RowSignBiasBits);
                Add("row-sign", $"row-sign-{Text(keep)}", keep, m);
            }
            foreach (int rank in budgets.FactorRanks)
            {
                using CompressedLabelModel m = LowRankFactorisation.Compress(full, rank);
                Add("factorised", $"factorised-r{rank}", rank, m);
            }
        }
        foreach (int rank in budgets.ScratchRanks)
        {
            using LowRankLogisticRegressionModel m = LogisticRegressionTrainer.TrainLowRank(tensors.TrainInputs, tensors.TrainLabels,
                tensors.SingletonIndices, tensors.LabelCount, rank, lr, device, SeedDerivation.TorchSeed(seed, SeedStreams.InitLowRankLogisticRegression(rank)));
            Add("low-rank-scratch", $"low-rank-scratch-r{rank}", rank, m);
        }
        foreach (int width in budgets.MlpWidths)
        {
            using MlpModel m = MlpTrainer.Train(tensors.TrainInputs, tensors.TrainLabels, tensors.LabelCount, mlp with { HiddenWidth = width },
                device, SeedDerivation.TorchSeed(seed, SeedStreams.InitNarrowMlp(width)));
            Add("narrow-mlp", $"narrow-mlp-h{width}", width, m);
        }

        using HclBayesOptimal forgetful = HclBayesOptimal.FitForgetful(parameters, data.Training);
        bool[] forgetfulSingletons = HclEvaluator.Mistakes(forgetful, data.SingletonTest, device);
        return new Result(data, points, forgetfulSingletons, unfixed);
    }

    private static string Text(double value) => value.ToString("G4", System.Globalization.CultureInfo.InvariantCulture);

    private static SizePoint Measure(
        string family, string label, double setting, ILabelModel model, HclDataSet data, HclAttackSet targets,
        ulong seed, torch.Device device)
    {
        bool[] represented = HclEvaluator.Mistakes(model, data.RepresentedTest, device);
        bool[] singletons = HclEvaluator.Mistakes(model, data.SingletonTest, device);
        using var scope = torch.NewDisposeScope();
        torch.Tensor guess = new SignAttack().Reconstruct(model, new AttackTargets(targets.TargetLabels), device, SeedDerivation.Derive(seed, SeedStreams.SizeAttack(label)));
        RecoveryMeasurement recovery = RecoveryMeasurement.Measure(guess, targets.TargetExamples, targets.TargetUnfixed);
        return new SizePoint(family, label, setting, model.ParameterBits, represented,
            HclExampleGroups.WellRepresentedMistakes(data, represented), singletons, recovery.IrrelevantBits);
    }
}
