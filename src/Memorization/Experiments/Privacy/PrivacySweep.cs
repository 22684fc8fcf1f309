using System.Diagnostics;
using System.Globalization;
using Memorization.Attacks;
using Memorization.Evaluation;
using Memorization.Experiments.Hcl;
using Memorization.Information.Privacy;
using Memorization.Learners.Private;
using Memorization.Randomness;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Experiments.Privacy;

/// <summary>
/// Runs the DP sweep (docs/bounds.md#differential-privacy, docs/claims.md#dp): for each ε, calibrates σ (<see cref="NoiseCalibrator"/>, δ = 1/n²),
/// trains the logistic regression with DP-SGD on the HCL training set, evaluates it, and attacks every singleton with the
/// published sign attack (the attack and recovery measures of the RECON and IRRELEVANT claims); then the same without
/// noise (σ = 0, same clipping and optimizer) as the non-private reference. Optionally the MLP likewise, attacked with
/// coordinate ascent. Random streams, under the claim's root seed: <c>init/dp-logistic-regression</c> / <c>init/dp-mlp</c>
/// (one initialisation for every point), <c>dp/eps{ε}/sampling</c>, <c>dp/eps{ε}/noise</c>, <c>attack/dp/eps{ε}</c>
/// (prefix <c>dp-mlp</c> for the MLP).
/// </summary>
public static class PrivacySweep
{
    /// <summary>The sweep's points for <paramref name="model"/> in ascending ε, then the noiseless reference (ε = ∞).</summary>
    /// <remarks>The logistic regression is attacked with the sign attack, the MLP with coordinate ascent (as in RECON-LR / RECON-MLP).</remarks>
    public static IReadOnlyList<PrivacySweepPoint> Run(
        PrivacySweepOptions sweep, HclModelKind model, HclDataSet data, torch.Device device, IProgress<ExperimentProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(data);
        ulong root = sweep.Seed;
        using var scope = torch.NewDisposeScope();
        HclExperimentData tensors = HclExperimentTensors.From(data, device);
        using var targets = new HclAttackSet(tensors, 0);
        var points = new List<PrivacySweepPoint>();
        var all = sweep.Epsilons.Append(double.PositiveInfinity).ToArray();
        for (int i = 0; i < all.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new ExperimentProgress((double)i / all.Length, string.Create(CultureInfo.InvariantCulture,
                $"DP-SGD {(model == HclModelKind.Mlp ? "MLP" : "logistic regression")}: {(double.IsPositiveInfinity(all[i]) ? "noiseless reference" : $"ε = {all[i]:R}")} ({i + 1} of {all.Length}), training and attacking")));
            points.Add(RunPoint(sweep, model, data, tensors, targets, all[i], root, device));
        }
        progress?.Report(new ExperimentProgress(1.0, "DP-SGD sweep done"));
        return points;
    }

    private static PrivacySweepPoint RunPoint(
        PrivacySweepOptions sweep, HclModelKind kind, HclDataSet data, HclExperimentData tensors, HclAttackSet targets, double epsilon, ulong root, torch.Device device)
    {
        var watch = Stopwatch.StartNew();
        bool mlp = kind == HclModelKind.Mlp;
        string prefix = mlp ? "dp-mlp" : "dp";
        string name = double.IsPositiveInfinity(epsilon) ? "inf" : epsilon.ToString("R", CultureInfo.InvariantCulture);
        DpSgdOptions options = mlp
            ? sweep.MlpTraining ?? throw new InvalidOperationException("The MLP sweep needs the MLP's width and DP-SGD options (PrivacySweepOptions.MlpTraining).")
            : sweep.Training;
        double achieved = double.PositiveInfinity;
        if (!double.IsPositiveInfinity(epsilon))
        {
            double sigma = NoiseCalibrator.Calibrate(epsilon, sweep.Delta, options.Steps, options.SamplingRate);
            options = options with { NoiseMultiplier = sigma };
            achieved = options.Guarantee(sweep.Delta).Epsilon;
        }

        long samplingSeed = SeedDerivation.TorchSeed(root, SeedStreams.DpSampling(prefix, name));
        long noiseSeed = SeedDerivation.TorchSeed(root, SeedStreams.DpNoise(prefix, name));
        DpSgdResult result = mlp
            ? DpSgdTrainer.TrainMlp(tensors.TrainInputs, tensors.TrainLabels, tensors.LabelCount, sweep.MlpHiddenWidth!.Value, options, device,
                SeedDerivation.TorchSeed(root, SeedStreams.InitDpMlp), samplingSeed, noiseSeed)
            : DpSgdTrainer.TrainLogisticRegression(tensors.TrainInputs, tensors.TrainLabels, tensors.LabelCount, options, device,
                SeedDerivation.TorchSeed(root, SeedStreams.InitDpLogisticRegression), samplingSeed, noiseSeed);
        using var model = result.Model;
        bool[] train = HclEvaluator.Mistakes(model, data.Training, device);
        bool[] represented = HclEvaluator.Mistakes(model, data.RepresentedTest, device);
        bool[] singletons = HclEvaluator.Mistakes(model, data.SingletonTest, device);

        using var attackScope = torch.NewDisposeScope();
        ILabelModelAttack attack = mlp ? new CoordinateAscentAttack() : new SignAttack();
        torch.Tensor reconstructed = attack.Reconstruct(model, new AttackTargets(targets.TargetLabels), device, SeedDerivation.Derive(root, SeedStreams.DpAttack(prefix, name)));
        RecoveryMeasurement recovered = RecoveryMeasurement.Measure(reconstructed, targets.TargetExamples, targets.TargetUnfixed);
        RecoveryMeasurement fresh = RecoveryMeasurement.Measure(reconstructed, tensors.SingletonFreshControls, targets.TargetUnfixed);
        return new PrivacySweepPoint(epsilon, achieved, options.NoiseMultiplier, train, represented, HclExampleGroups.WellRepresentedMistakes(data, represented),
            singletons, recovered, fresh, watch.Elapsed);
    }
}
