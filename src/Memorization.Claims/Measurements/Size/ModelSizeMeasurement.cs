using System.Globalization;
using Memorization.Claims.Measurements.Hcl;
using Memorization.Information;
using Memorization.Experiments.Size;

namespace Memorization.Claims.Measurements.Size;

/// <summary>
/// Claim SIZE (docs/bounds.md#model-size, docs/claims.md#size): a model must be about as large, in bits, as the information it holds; once its budget
/// falls below the information an accurate model holds (≈ the Fano bound of the full model, a fraction of n·d), its
/// error on singleton subpopulations rises towards the forgetful learner's — before its error on well-represented
/// subpopulations does. Sweeps the budgets of <see cref="SizeBudgets"/> (see <see cref="SizeSweep"/>).
/// </summary>
/// <remarks>
/// Parameters: the HCL data and model block of <see cref="HclExperimentSetup"/>, the budget lists of
/// <see cref="SizeBudgets"/>, and the three key points by label: <c>low_budget</c> (a model below the full model's
/// information bound, e.g. <c>row-sign-0.0025</c>), <c>split_budget</c> (an intermediate model that keeps the
/// well-represented subpopulations and loses the singletons, e.g. <c>row-sign-0.2</c>) and <c>high_budget</c> (a
/// compressed model above n·d, e.g. <c>quantised-1bit</c>).
/// Errors: Clopper–Pearson over test queries; <c>split_budget_forgetting_gap</c> = singleton − well-represented error
/// of the split-budget model, over two independent query sets: [L_s − U_w, U_s − L_w], each Clopper–Pearson at
/// 1 − α/2 (<see cref="ClaimMetrics.IndependentDifference"/>). Bound: B·(1 − h(ē⁺)) over the unfixed bits of all
/// singletons, ē⁺ the one-sided Chernoff–Hoeffding bound of <see cref="FanoBound.FromExampleErrors"/> (as MI-BOUND);
/// its metric's value is at ē, its lower end at ē⁺, its upper end the ceiling B/(n·d).
/// </remarks>
public sealed class ModelSizeMeasurement : IClaimMeasurement
{
    private const double FigureConfidence = 0.95;

    /// <inheritdoc />
    public string ClaimId => "SIZE";

    /// <inheritdoc />
    public IReadOnlyList<string> Metrics { get; } =
    [
        "full_bits_fraction", "full_singleton_error", "full_well_represented_error", "full_information_bound_fraction",
        "forgetful_singleton_error",
        "low_budget_bits_fraction", "low_budget_singleton_error", "low_budget_represented_error", "low_budget_well_represented_error",
        "low_budget_information_bound_fraction",
        "split_budget_bits_fraction", "split_budget_singleton_error", "split_budget_represented_error", "split_budget_well_represented_error",
        "split_budget_information_bound_fraction", "split_budget_forgetting_gap",
        "high_budget_bits_fraction", "high_budget_singleton_error", "high_budget_well_represented_error", "high_budget_information_bound_fraction",
    ];

    /// <inheritdoc />
    public ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimCase);
        HclExperimentSetup setup = HclExperimentSetup.From(claimCase);
        SizeBudgets budgets = SizeBudgetsReader.Read(claimCase);
        string lowLabel = claimCase.GetString("low_budget");
        string splitLabel = claimCase.GetString("split_budget");
        string highLabel = claimCase.GetString("high_budget");
        SizeSweep.Result sweep = SizeSweep.Run(setup.Parameters, setup.Seed, setup.LogisticRegression, setup.Mlp, budgets, claimCase.RequireDevice().Torch, progress, cancellationToken);
        SizePoint full = sweep.Points[0];
        SizePoint low = Find(sweep, lowLabel, "low_budget", claimCase);
        SizePoint split = Find(sweep, splitLabel, "split_budget", claimCase);
        SizePoint high = Find(sweep, highLabel, "high_budget", claimCase);

        var metrics = new List<MetricValue>
        {
            MetricValue.Exact("full_bits_fraction", (double)full.Bits / sweep.TrainingBits),
            MetricValue.Exact("low_budget_bits_fraction", (double)low.Bits / sweep.TrainingBits),
            MetricValue.Exact("split_budget_bits_fraction", (double)split.Bits / sweep.TrainingBits),
            MetricValue.Exact("high_budget_bits_fraction", (double)high.Bits / sweep.TrainingBits),
        };
        foreach (double level in claimCase.ConfidenceLevels)
        {
            metrics.Add(ClaimMetrics.Error("full_singleton_error", full.SingletonMistakes, level));
            metrics.Add(ClaimMetrics.Error("full_well_represented_error", full.WellRepresentedMistakes, level));
            metrics.Add(BoundFraction("full_information_bound_fraction", full, sweep, level));
            metrics.Add(ClaimMetrics.Error("forgetful_singleton_error", sweep.ForgetfulSingletonMistakes, level));
            metrics.Add(ClaimMetrics.Error("low_budget_singleton_error", low.SingletonMistakes, level));
            metrics.Add(ClaimMetrics.Error("low_budget_represented_error", low.RepresentedMistakes, level));
            metrics.Add(ClaimMetrics.Error("low_budget_well_represented_error", low.WellRepresentedMistakes, level));
            metrics.Add(BoundFraction("low_budget_information_bound_fraction", low, sweep, level));
            metrics.Add(ClaimMetrics.Error("split_budget_singleton_error", split.SingletonMistakes, level));
            metrics.Add(ClaimMetrics.Error("split_budget_represented_error", split.RepresentedMistakes, level));
            metrics.Add(ClaimMetrics.Error("split_budget_well_represented_error", split.WellRepresentedMistakes, level));
            metrics.Add(BoundFraction("split_budget_information_bound_fraction", split, sweep, level));
            metrics.Add(ClaimMetrics.IndependentDifference("split_budget_forgetting_gap", split.SingletonMistakes, split.WellRepresentedMistakes, level));
            metrics.Add(ClaimMetrics.Error("high_budget_singleton_error", high.SingletonMistakes, level));
            metrics.Add(ClaimMetrics.Error("high_budget_well_represented_error", high.WellRepresentedMistakes, level));
            metrics.Add(BoundFraction("high_budget_information_bound_fraction", high, sweep, level));
        }

        var notes = new List<string>
        {
            setup.Parameters.ToString(),
            $"n·d = {sweep.TrainingBits} bits; {sweep.Data.SingletonIndices.Count} singletons attacked (sign attack) per model; " +
            $"well-represented = represented queries of subpopulations with ≥ 2 training examples ({full.WellRepresentedMistakes.Count} of {full.RepresentedMistakes.Count})",
            $"low budget = {low.Label}, split budget = {split.Label}, high budget = {high.Label}; forgetful singleton error {SizePoint.Rate(sweep.ForgetfulSingletonMistakes):F3}",
            "errors: Clopper–Pearson over test queries; forgetting gap: singleton − well-represented error, [L_s − U_w, U_s − L_w] with each Clopper–Pearson at 1 − α/2 (Bonferroni); " +
            "bound: B·(1 − h(ē⁺)), ē⁺ one-sided Chernoff–Hoeffding over per-example error fractions, reported / (n·d)",
        };
        notes.AddRange(sweep.Points.Select(p => Describe(p, sweep)));
        notes.AddRange(FailureBudgets(sweep));
        return new ClaimMeasurementResult(metrics, SizeCurves.Build(sweep, FigureConfidence), notes);
    }

    // Per family, the largest budget at which each error still exceeds ½: the family's failure budgets.
    private static IEnumerable<string> FailureBudgets(SizeSweep.Result sweep)
    {
        foreach (IGrouping<string, SizePoint> family in sweep.Points.Skip(1).GroupBy(p => p.Family))
        {
            string Largest(Func<SizePoint, IReadOnlyList<bool>> pick)
            {
                SizePoint? failed = family.Where(p => SizePoint.Rate(pick(p)) > 0.5).MaxBy(p => p.Bits);
                return failed is null ? "never" : string.Create(CultureInfo.InvariantCulture, $"up to {(double)failed.Bits / sweep.TrainingBits:F2}·n·d ({failed.Label})");
            }
            yield return $"{family.Key}: singleton error > 0.5 {Largest(p => p.SingletonMistakes)}; well-represented error > 0.5 {Largest(p => p.WellRepresentedMistakes)}";
        }
    }

    private static SizePoint Find(SizeSweep.Result sweep, string label, string parameter, ClaimCase claimCase) =>
        sweep.Points.FirstOrDefault(p => p.Label == label) ?? throw new ClaimParameterException(
            $"{claimCase.Tier.Location}: claim {claimCase.ClaimId}, tier {claimCase.TierName}: {parameter} = '{label}' names no model of the sweep. " +
            $"Fix: use one of {string.Join(", ", sweep.Points.Select(p => p.Label))}.");

    /// <summary>The Fano bound of <paramref name="point"/>'s sign attack as a fraction of n·d.</summary>
    internal static MetricValue BoundFraction(string name, SizePoint point, SizeSweep.Result sweep, double confidence)
    {
        double[] errors = point.IrrelevantRecovery.Select(r => 1.0 - r).ToArray();
        FanoBound bound = FanoBound.FromExampleErrors(errors, sweep.UnfixedCounts, 1.0, sweep.TrainingBits, confidence);
        return HclMetrics.BoundFraction(name, bound);
    }

    private static string Describe(SizePoint p, SizeSweep.Result sweep)
    {
        MetricValue bound = BoundFraction("bound", p, sweep, FigureConfidence);
        return string.Create(CultureInfo.InvariantCulture,
            $"{p.Label}: {p.Bits} bits = {(double)p.Bits / sweep.TrainingBits:F3}·n·d; error represented {SizePoint.Rate(p.RepresentedMistakes):F3}, " +
            $"well-represented {SizePoint.Rate(p.WellRepresentedMistakes):F3}, singletons {SizePoint.Rate(p.SingletonMistakes):F3}; " +
            $"irrelevant-bit recovery {p.IrrelevantRecovery.Average():F3}; bound {bound.Value:F3}·n·d = {bound.Value * sweep.TrainingBits:F0} bits " +
            $"(≥ {bound.Lower:F3}·n·d at {FigureConfidence})");
    }
}
