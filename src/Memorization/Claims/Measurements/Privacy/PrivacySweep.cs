using System.Diagnostics;
using System.Globalization;
using Memorization.Attacks;
using Memorization.Claims.Measurements.Hcl;
using Memorization.Evaluation;
using Memorization.Experiments.Hcl;
using Memorization.Information.Privacy;
using Memorization.Learners.Private;
using Memorization.Randomness;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Claims.Measurements.Privacy;

/// <summary>
/// Runs the DP sweep (PAPER.md §1.4, §6 DP): for each ε, calibrates σ (<see cref="NoiseCalibrator"/>, δ = 1/n²),
/// trains the logistic regression with DP-SGD on the HCL training set, evaluates it, and attacks every singleton with the
/// published sign attack (the attack and recovery measures of the RECON and IRRELEVANT claims); then the same without
/// noise (σ = 0, same clipping and optimizer) as the non-private reference. Random streams, under the claim's root seed:
/// <c>init/dp-logistic-regression</c> (one initialisation for every point), <c>dp/eps{ε}/sampling</c>,
/// <c>dp/eps{ε}/noise</c>, <c>attack/dp/eps{ε}</c>.
/// </summary>
public static class PrivacySweep
{
    /// <summary>The sweep's points in ascending ε, then the noiseless reference (ε = ∞).</summary>
    public static IReadOnlyList<PrivacySweepPoint> Run(
        PrivacySweepSetup setup, HclDataSet data, torch.Device device, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(data);
        ulong root = setup.Hcl.Seed;
        using var scope = torch.NewDisposeScope();
        HclExperimentData tensors = HclExperimentTensors.From(data, device);
        using var targets = new HclAttackSet(tensors, 0);
        var points = new List<PrivacySweepPoint>();
        var all = setup.Epsilons.Append(double.PositiveInfinity).ToArray();
        for (int i = 0; i < all.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report((double)i / all.Length);
            points.Add(RunPoint(setup, data, tensors, targets, all[i], root, device));
        }
        progress?.Report(1.0);
        return points;
    }

    private static PrivacySweepPoint RunPoint(
        PrivacySweepSetup setup, HclDataSet data, HclExperimentData tensors, HclAttackSet targets, double epsilon, ulong root, torch.Device device)
    {
        var watch = Stopwatch.StartNew();
        string name = double.IsPositiveInfinity(epsilon) ? "inf" : epsilon.ToString("R", CultureInfo.InvariantCulture);
        DpSgdOptions options = setup.Training;
        double achieved = double.PositiveInfinity;
        if (!double.IsPositiveInfinity(epsilon))
        {
            double sigma = NoiseCalibrator.Calibrate(epsilon, setup.Delta, options.Steps, options.SamplingRate);
            options = options with { NoiseMultiplier = sigma };
            achieved = options.Guarantee(setup.Delta).Epsilon;
        }

        DpSgdResult result = DpSgdTrainer.TrainLogisticRegression(
            tensors.TrainInputs, tensors.TrainLabels, tensors.LabelCount, options, device,
            SeedDerivation.TorchSeed(root, "init/dp-logistic-regression"),
            SeedDerivation.TorchSeed(root, $"dp/eps{name}/sampling"),
            SeedDerivation.TorchSeed(root, $"dp/eps{name}/noise"));
        using var model = result.Model;
        bool[] train = HclEvaluator.Mistakes(model, data.Training, device);
        bool[] represented = HclEvaluator.Mistakes(model, data.RepresentedTest, device);
        bool[] singletons = HclEvaluator.Mistakes(model, data.SingletonTest, device);

        using var attackScope = torch.NewDisposeScope();
        torch.Tensor reconstructed = new SignAttack().Reconstruct(model, new AttackTargets(targets.TargetLabels), device, SeedDerivation.Derive(root, $"attack/dp/eps{name}"));
        RecoveryMeasurement recovered = RecoveryMeasure.Measure(reconstructed, targets.TargetExamples, targets.TargetUnfixed);
        RecoveryMeasurement fresh = RecoveryMeasure.Measure(reconstructed, tensors.SingletonFreshControls, targets.TargetUnfixed);
        return new PrivacySweepPoint(epsilon, achieved, options.NoiseMultiplier, train, represented, singletons, recovered, fresh, watch.Elapsed);
    }
}
