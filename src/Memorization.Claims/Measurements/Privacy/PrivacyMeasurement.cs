using System.Globalization;
using Memorization.Claims.Measurements.Hcl;
using Memorization.Evaluation;
using Memorization.Learners.Bayes;
using Memorization.Learners.Private;
using Memorization.Tasks;
using Memorization.Experiments.Hcl;
using Memorization.Experiments.Privacy;

namespace Memorization.Claims.Measurements.Privacy;

/// <summary>
/// Claim DP (docs/bounds.md#differential-privacy, docs/claims.md#dp): differentially private training (DP-SGD, (ε, δ = 1/n²) by the RDP accountant)
/// of the logistic regression on the HCL task. At small ε the model cannot store its singletons: singleton-subpopulation
/// error is near the forgetful learner's and the sign attack recovers irrelevant bits at chance (1/2); as ε grows,
/// accuracy on singletons and memorization of their irrelevant bits return together — and at an intermediate ε
/// (<c>intermediate_epsilon</c>) the model has learned the well-represented subpopulations (≥ 2 training examples) but
/// not the singletons: <c>forgetting_gap_at_mid_eps</c> = singleton − well-represented error, over two independent query
/// sets, [L_s − U_w, U_s − L_w] with each Clopper–Pearson at 1 − α/2 (<see cref="ClaimMetrics.IndependentDifference"/>).
/// Key points of the sweep are metrics (smallest, intermediate and largest ε, noiseless reference); the whole sweep is
/// the figure <c>privacy-sweep</c> (x = log₂ ε).
/// </summary>
public sealed class PrivacyMeasurement : IClaimMeasurement
{
    private const string Figure = "privacy-sweep";

    /// <inheritdoc />
    public string ClaimId => "DP";

    /// <inheritdoc />
    public IReadOnlyList<string> Metrics =>
    [
        "forgetful_singleton_error",
        "singleton_error_at_min_eps", "represented_error_at_min_eps", "irrelevant_recovery_at_min_eps", "fresh_control_recovery_at_min_eps",
        "singleton_error_at_mid_eps", "well_represented_error_at_mid_eps", "forgetting_gap_at_mid_eps",
        "singleton_error_at_max_eps", "represented_error_at_max_eps", "irrelevant_recovery_at_max_eps", "fresh_control_recovery_at_max_eps",
        "nonprivate_train_error", "nonprivate_singleton_error", "nonprivate_irrelevant_recovery",
        "sigma_at_min_eps", "sigma_at_max_eps",
        "mlp_singleton_error_at_min_eps", "mlp_irrelevant_recovery_at_min_eps",
        "mlp_singleton_error_at_max_eps", "mlp_irrelevant_recovery_at_max_eps", "mlp_fresh_control_recovery_at_max_eps",
        "mlp_nonprivate_train_error", "mlp_nonprivate_singleton_error", "mlp_nonprivate_irrelevant_recovery",
    ];

    /// <inheritdoc />
    public ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        PrivacySweepSetup setup = PrivacySweepSetup.From(claimCase);
        Devices.ResolvedDevice device = claimCase.RequireDevice();
        HclDataSet data = HclDataSet.Generate(setup.Hcl.Parameters, setup.Hcl.Seed);
        bool[] forgetful;
        using (HclBayesOptimal bayes = HclBayesOptimal.FitForgetful(setup.Hcl.Parameters, data.Training))
        {
            forgetful = HclEvaluator.Mistakes(bayes, data.SingletonTest, device.Torch);
        }
        // The MLP's points cost far more than the logistic regression's (coordinate ascent on each model): most of the bar.
        double lrShare = setup.MlpHiddenWidth is null ? 1.0 : 0.1;
        IReadOnlyList<PrivacySweepPoint> points = PrivacySweep.Run(setup.Sweep, HclModelKind.LogisticRegression, data, device.Torch,
            ProgressStages.Within(progress, 0.0, lrShare), cancellationToken);
        IReadOnlyList<PrivacySweepPoint>? mlp = setup.MlpHiddenWidth is null
            ? null
            : PrivacySweep.Run(setup.Sweep, HclModelKind.Mlp, data, device.Torch, ProgressStages.Within(progress, lrShare, 1.0 - lrShare), cancellationToken);
        PrivacySweepPoint min = points[0];
        PrivacySweepPoint mid = points.Single(p => p.Epsilon == setup.IntermediateEpsilon);
        PrivacySweepPoint max = points[^2];
        PrivacySweepPoint reference = points[^1];

        var metrics = new List<MetricValue>
        {
            MetricValue.Exact("sigma_at_min_eps", min.NoiseMultiplier),
            MetricValue.Exact("sigma_at_max_eps", max.NoiseMultiplier),
        };
        foreach (double level in claimCase.ConfidenceLevels)
        {
            metrics.Add(ClaimMetrics.Error("forgetful_singleton_error", forgetful, level));
            metrics.AddRange(PointMetrics(min, "at_min_eps", level));
            metrics.AddRange(PointMetrics(max, "at_max_eps", level));
            metrics.Add(ClaimMetrics.Error("singleton_error_at_mid_eps", mid.SingletonMistakes, level));
            metrics.Add(ClaimMetrics.Error("well_represented_error_at_mid_eps", mid.WellRepresentedMistakes, level));
            metrics.Add(ClaimMetrics.IndependentDifference("forgetting_gap_at_mid_eps", mid.SingletonMistakes, mid.WellRepresentedMistakes, level));
            metrics.Add(ClaimMetrics.Error("nonprivate_train_error", reference.TrainMistakes, level));
            metrics.Add(ClaimMetrics.Error("nonprivate_singleton_error", reference.SingletonMistakes, level));
            metrics.Add(ClaimMetrics.StudentMean("nonprivate_irrelevant_recovery", reference.Targets.IrrelevantBits, level));
            if (mlp is not null)
            {
                metrics.Add(ClaimMetrics.Error("mlp_singleton_error_at_min_eps", mlp[0].SingletonMistakes, level));
                metrics.Add(ClaimMetrics.StudentMean("mlp_irrelevant_recovery_at_min_eps", mlp[0].Targets.IrrelevantBits, level));
                metrics.Add(ClaimMetrics.Error("mlp_singleton_error_at_max_eps", mlp[^2].SingletonMistakes, level));
                metrics.Add(ClaimMetrics.StudentMean("mlp_irrelevant_recovery_at_max_eps", mlp[^2].Targets.IrrelevantBits, level));
                metrics.Add(ClaimMetrics.StudentMean("mlp_fresh_control_recovery_at_max_eps", mlp[^2].FreshControls.IrrelevantBits, level));
                metrics.Add(ClaimMetrics.Error("mlp_nonprivate_train_error", mlp[^1].TrainMistakes, level));
                metrics.Add(ClaimMetrics.Error("mlp_nonprivate_singleton_error", mlp[^1].SingletonMistakes, level));
                metrics.Add(ClaimMetrics.StudentMean("mlp_nonprivate_irrelevant_recovery", mlp[^1].Targets.IrrelevantBits, level));
            }
        }

        IReadOnlyList<CurveSeries> curves = FigureSeries(points, mlp, forgetful, claimCase.ConfidenceLevels[0]);
        var notes = new List<string>
        {
            setup.Hcl.Parameters.ToString(),
            $"DP-SGD logistic regression on the original training set (no singleton duplication): C = {F(setup.Training.ClipNorm)}, q = {F(setup.Training.SamplingRate)}, " +
            $"{setup.Training.Steps} steps, η = {F(setup.Training.LearningRate)}, Nesterov μ = {F(setup.Training.Momentum)}; δ = {setup.Delta:G3}; σ calibrated per ε by the RDP accountant (orders 2…256)",
            "error rates: Clopper–Pearson over test queries (well-represented: the represented queries of subpopulations with ≥ 2 training examples, " +
            $"{mid.WellRepresentedMistakes.Length} of {mid.RepresentedMistakes.Length}); forgetting gap at ε = {F(mid.Epsilon)}: singleton − well-represented error, " +
            "[L_s − U_w, U_s − L_w] with each Clopper–Pearson at 1 − α/2 (Bonferroni); recoveries: Student-t over per-example fractions of the unfixed (irrelevant) bits",
        };
        if (mlp is not null)
        {
            DpSgdOptions o = setup.MlpTraining!;
            notes.Add($"DP-SGD MLP (H = {setup.MlpHiddenWidth}), attacked with coordinate ascent: C = {F(o.ClipNorm)}, q = {F(o.SamplingRate)}, {o.Steps} steps, η = {F(o.LearningRate)}, Nesterov μ = {F(o.Momentum)}");
        }
        notes.AddRange(points.Select(p => "LR " + Note(p)));
        if (mlp is not null)
        {
            notes.AddRange(mlp.Select(p => "MLP " + Note(p)));
        }
        notes.Add($"forgetful learner singleton error {Rate(forgetful):F3}");
        return new ClaimMeasurementResult(metrics, curves, notes);
    }

    private static string Note(PrivacySweepPoint p) =>
            $"ε = {(double.IsPositiveInfinity(p.Epsilon) ? "∞ (σ = 0)" : $"{F(p.Epsilon)} (σ = {p.NoiseMultiplier:F4}, accountant ε = {p.Achieved:F4})")}: " +
            $"train error {Rate(p.TrainMistakes):F3}, represented {Rate(p.RepresentedMistakes):F3}, well-represented {Rate(p.WellRepresentedMistakes):F3}, singleton {Rate(p.SingletonMistakes):F3}; " +
            $"irrelevant-bit recovery {p.Targets.IrrelevantBitsMean!.Mean:F4} (fresh control {p.FreshControls.IrrelevantBitsMean!.Mean:F4}); {p.Elapsed.TotalSeconds:F1} s";

    /// <summary>
    /// The figure series of the sweep: <c>privacy-sweep</c> for the logistic regression and, when the MLP was swept,
    /// <c>privacy-sweep-mlp</c>; bands at <paramref name="level"/>. Internal for tests of the series, without training.
    /// </summary>
    internal static IReadOnlyList<CurveSeries> FigureSeries(
        IReadOnlyList<PrivacySweepPoint> points, IReadOnlyList<PrivacySweepPoint>? mlp, bool[] forgetful, double level)
    {
        var curves = new List<CurveSeries>(Curves(Figure, "", points, forgetful, level));
        if (mlp is not null)
        {
            curves.AddRange(Curves(Figure + "-mlp", "MLP ", mlp, forgetful, level));
        }

        return curves;
    }

    private static IEnumerable<MetricValue> PointMetrics(PrivacySweepPoint point, string suffix, double level)
    {
        yield return ClaimMetrics.Error($"singleton_error_{suffix}", point.SingletonMistakes, level);
        yield return ClaimMetrics.Error($"represented_error_{suffix}", point.RepresentedMistakes, level);
        yield return ClaimMetrics.StudentMean($"irrelevant_recovery_{suffix}", point.Targets.IrrelevantBits, level);
        yield return ClaimMetrics.StudentMean($"fresh_control_recovery_{suffix}", point.FreshControls.IrrelevantBits, level);
    }

    private static IReadOnlyList<CurveSeries> Curves(string figure, string model, IReadOnlyList<PrivacySweepPoint> points, bool[] forgetful, double level)
    {
        const string xLabel = "log₂ ε (δ = 1/n²)";
        const string yLabel = "singleton error / irrelevant-bit recovery";
        PrivacySweepPoint[] sweep = points.Where(p => !double.IsPositiveInfinity(p.Epsilon)).ToArray();
        PrivacySweepPoint reference = points[^1];
        double[] xs = sweep.Select(p => Math.Log2(p.Epsilon)).ToArray();
        CurveSeries Series(string name, Func<PrivacySweepPoint, MetricValue> pick) =>
            new(figure, name, xLabel, yLabel, sweep.Select((p, i) => { MetricValue m = pick(p); return new CurvePoint(xs[i], m.Value, m.Lower, m.Upper); }).ToArray());
        CurveSeries Flat(string name, double value) =>
            new(figure, name, xLabel, yLabel, [new CurvePoint(xs[0], value, value, value), new CurvePoint(xs[^1], value, value, value)]) { Style = CurveStyle.Reference };
        string learner = model.Length == 0 ? "logistic regression" : "MLP";
        return
        [
            Series($"DP-SGD {model}singleton error", p => ClaimMetrics.Error("e", p.SingletonMistakes, level)) with
            {
                Title = $"DP: singleton error and irrelevant-bit recovery of the DP-SGD {learner} against the privacy budget ε",
            },
            Series($"DP-SGD {model}well-represented error (m ≥ 2)", p => ClaimMetrics.Error("w", p.WellRepresentedMistakes, level)),
            Series("irrelevant-bit recovery (training singletons)", p => ClaimMetrics.StudentMean("r", p.Targets.IrrelevantBits, level)),
            Series("irrelevant-bit recovery (fresh control)", p => ClaimMetrics.StudentMean("f", p.FreshControls.IrrelevantBits, level)),
            Flat("forgetful learner singleton error", Rate(forgetful)),
            Flat("non-private (σ = 0) singleton error", Rate(reference.SingletonMistakes)),
            Flat("non-private irrelevant-bit recovery", reference.Targets.IrrelevantBitsMean!.Mean),
        ];
    }

    private static double Rate(bool[] mistakes) => mistakes.Count(m => m) / (double)mistakes.Length;

    private static string F(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
