using Memorization.Attacks;
using Memorization.Experiments.Hcl;
using Memorization.Learners.Trained;
using Memorization.Randomness;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Experiments.Scaling;

/// <summary>
/// The published HCL experiment's logistic regression at several sizes (docs/claims.md#scaling): at each n, d = k·n and
/// N = n subpopulations with the published ρ, R independent replicates (instance, data, training and sign attack each from
/// the stream <see cref="SeedStreams.ScalingReplicate"/>), attacked at the final checkpoint on every singleton.
/// </summary>
public static class HclScalingSweep
{
    /// <summary>What one replicate at one size leaves for the metrics.</summary>
    /// <param name="Parameters">The instance's parameters (n, d, N, ρ).</param>
    /// <param name="SingletonErrors">The sign attack's per-singleton error on its unfixed bits (1 − recovery), final checkpoint.</param>
    /// <param name="UnfixedCounts">The unfixed-bit count of each singleton, same order.</param>
    /// <param name="ModelSingletonMistakes">The trained model's mistakes on the singleton test queries.</param>
    /// <param name="BayesSingletonMistakes">The Bayes-optimal learner's mistakes on the same queries.</param>
    /// <param name="TrainingTime">Wall time of the gradient updates alone.</param>
    public sealed record Replicate(
        HclParameters Parameters, double[] SingletonErrors, int[] UnfixedCounts, bool[] ModelSingletonMistakes, bool[] BayesSingletonMistakes,
        TimeSpan TrainingTime)
    {
        /// <summary>n·d.</summary>
        public long TrainingBits => (long)Parameters.TrainingSize * Parameters.Dimension;
    }

    /// <summary>Runs every replicate at every size, sizes in the order given.</summary>
    /// <param name="sizes">The training-set sizes n (each ≥ 2).</param>
    /// <param name="dimensionPerN">d = dimensionPerN · n.</param>
    /// <param name="replicates">R ≥ 1 replicates per size.</param>
    /// <param name="rootSeed">The claim's seed: each replicate's root is derived from it by name.</param>
    /// <param name="rhoA">a of the published ρ formula.</param>
    /// <param name="testSize">Test queries per split.</param>
    /// <param name="options">The logistic regression's hyperparameters.</param>
    /// <param name="device">Where to train.</param>
    /// <param name="progress">Told the fraction of replicates done.</param>
    /// <param name="cancellationToken">Checked between replicates.</param>
    public static IReadOnlyList<IReadOnlyList<Replicate>> Run(
        IReadOnlyList<int> sizes, int dimensionPerN, int replicates, ulong rootSeed, double rhoA, int testSize, LogisticRegressionOptions options,
        torch.Device device, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(options);
        if (replicates < 1)
        {
            throw new InvalidParameterException(nameof(replicates), $"replicates = {replicates} must be ≥ 1.");
        }
        if (dimensionPerN < 1)
        {
            throw new InvalidParameterException(nameof(dimensionPerN), $"dimensionPerN = {dimensionPerN} must be ≥ 1 (the published ratio is 2).");
        }

        var result = new List<IReadOnlyList<Replicate>>();
        int done = 0;
        foreach (int n in sizes)
        {
            var atSize = new List<Replicate>();
            for (int r = 0; r < replicates; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report((double)done++ / (sizes.Count * replicates));
                atSize.Add(One(HclParameters.WithPublishedRho(n, dimensionPerN * n, n, rhoA, testSize: testSize),
                    SeedDerivation.Derive(rootSeed, SeedStreams.ScalingReplicate(n, r)), options, device));
            }
            result.Add(atSize);
        }
        progress?.Report(1.0);
        return result;
    }

    private static Replicate One(HclParameters parameters, ulong seed, LogisticRegressionOptions lr, torch.Device device)
    {
        // Attack only the final checkpoint (and the first, which the runner's schedule always includes); no controls, no
        // informed attack: the claim reads the final recovery of the singletons and the final singleton mistakes.
        var options = new HclExperimentOptions(seed, lr, null, new SignAttack(), new CoordinateAscentAttack(),
            AttackEveryCheckpoints: int.MaxValue, MaxRepresentedControls: 0);
        HclExperimentPipeline.Outcome outcome = HclExperimentPipeline.Run(parameters, seed, HclModelKind.LogisticRegression, options, device);
        HclCheckpoint final = outcome.Run.Final;
        double[] errors = final.Attack!.Targets.IrrelevantBits.Select(r => 1.0 - r).ToArray();
        return new Replicate(parameters, errors, HclExampleGroups.UnfixedCounts(outcome.Data), final.SingletonMistakes!, outcome.Bayes.Singletons,
            outcome.Run.TrainingTime);
    }
}
