using Memorization.Experiments.Hcl;
using Memorization.Information;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>
/// Claim MULTIPLICITY (docs/claims.md#multiplicity, docs/attacks.md#recovery-against-multiplicity): the sign attack on the
/// trained logistic regression recovers the irrelevant (unfixed) bits of a training example far above chance when it is the
/// only example of its subpopulation (m = 1), and less as m grows, towards the majority of m bits (3/4 at m = 2 and 3,
/// 11/16 at 4, → 1/2); a fresh example of the same subpopulation stays at 1/2 for every m. One value per subpopulation
/// (its examples share one reconstruction), final checkpoint of the shared experiment's logistic regression.
/// </summary>
public sealed class MultiplicityMeasurement : HclExperimentMeasurement
{
    // The figure's intervals (the metrics use the claim's levels).
    private const double FigureLevel = 0.95;

    // The figure's last bucket: m ≥ 4. The metrics pool m ≥ 3, which every seed of the smoke tier populates (m ≥ 4 alone
    // holds about 4 subpopulations there, sometimes fewer than the two an interval needs).
    private const int FigureTop = 4;
    private const int MetricTop = 3;

    /// <inheritdoc />
    public override string ClaimId => "MULTIPLICITY";

    /// <inheritdoc />
    public override IReadOnlyList<string> Metrics =>
    [
        "lr_recovery_m1", "lr_recovery_m2", "lr_recovery_m3plus",
        "lr_fresh_recovery_m1", "lr_fresh_recovery_m2", "lr_fresh_recovery_m3plus",
        "theory_m1", "theory_m2", "theory_m3plus",
        "subpopulations_m1", "subpopulations_m2", "subpopulations_m3", "subpopulations_m4plus",
        "lr_m1_margin_over_fresh", "lr_drop_m1_vs_m3plus",
    ];

    /// <inheritdoc />
    protected override IReadOnlyList<HclModelKind> Models => [HclModelKind.LogisticRegression];

    /// <inheritdoc />
    protected override IEnumerable<MetricValue> MetricsAt(IReadOnlyList<HclModelOutcome> outcomes, double confidence)
    {
        HclMultiplicityRecovery recovery = Recovery(outcomes[0]);
        var buckets = new (string Name, IReadOnlyList<HclSubpopulationRecovery> Members)[]
        {
            ("m1", recovery.InBucket(1, MetricTop)), ("m2", recovery.InBucket(2, MetricTop)), ("m3plus", recovery.InBucket(3, MetricTop)),
        };
        foreach (var (name, members) in buckets)
        {
            Require(members, name);
            yield return ClaimMetrics.StudentMean($"lr_recovery_{name}", members.Select(s => s.TrainingRecovery).ToArray(), confidence);
        }
        foreach (var (name, members) in buckets)
        {
            yield return ClaimMetrics.StudentMean($"lr_fresh_recovery_{name}", members.Select(s => s.FreshRecovery).ToArray(), confidence);
        }
        foreach (var (name, members) in buckets)
        {
            yield return MetricValue.Exact($"theory_{name}", members.Average(s => HclMultiplicityRecovery.MajorityAgreement(s.Multiplicity)));
        }
        for (int bucket = 1; bucket <= FigureTop; bucket++)
        {
            string name = bucket == FigureTop ? $"m{bucket}plus" : $"m{bucket}";
            yield return MetricValue.Exact($"subpopulations_{name}", recovery.InBucket(bucket, FigureTop).Count);
        }

        // Paired over the singleton subpopulations: the same reconstruction against the training example and a fresh one.
        IReadOnlyList<HclSubpopulationRecovery> singles = buckets[0].Members;
        yield return ClaimMetrics.StudentMean("lr_m1_margin_over_fresh", singles.Select(s => s.TrainingRecovery - s.FreshRecovery).ToArray(), confidence);
        yield return ClaimMetrics.StudentDifference("lr_drop_m1_vs_m3plus",
            singles.Select(s => s.TrainingRecovery).ToArray(), buckets[2].Members.Select(s => s.TrainingRecovery).ToArray(), confidence);
    }

    /// <inheritdoc />
    protected override IReadOnlyList<CurveSeries> Curves(IReadOnlyList<HclModelOutcome> outcomes)
    {
        HclMultiplicityRecovery recovery = Recovery(outcomes[0]);
        const string figure = "multiplicity";
        const string x = "m, training examples of the subpopulation (4: m ≥ 4)";
        const string y = "irrelevant-bit recovery";
        int[] present = Enumerable.Range(1, FigureTop).Where(b => recovery.InBucket(b, FigureTop).Count > 0).ToArray();
        CurvePoint Point(int bucket, Func<HclSubpopulationRecovery, double> pick)
        {
            double[] values = recovery.InBucket(bucket, FigureTop).Select(pick).ToArray();
            if (values.Length < 2)
            {
                return new CurvePoint(bucket, values[0], values[0], values[0]);
            }
            (double mean, double lower, double upper) = ConfidenceBounds.StudentMean(values, FigureLevel);
            return new CurvePoint(bucket, mean, lower, upper);
        }

        return
        [
            new CurveSeries(figure, "training examples (mean over subpopulations, 95 %)", x, y, present.Select(b => Point(b, s => s.TrainingRecovery)).ToArray())
            {
                Title = "MULTIPLICITY: the sign attack's recovery of the logistic regression's training examples against their subpopulation's multiplicity m",
            },
            new CurveSeries(figure, "fresh example of the same subpopulation (control)", x, y, present.Select(b => Point(b, s => s.FreshRecovery)).ToArray()),
            new CurveSeries(figure, "theory: majority of the m examples' bits (ties at random)", x, y,
                present.Select(b => Point(b, s => HclMultiplicityRecovery.MajorityAgreement(s.Multiplicity))).ToArray()) { Style = CurveStyle.Reference },
            new CurveSeries(figure, "1/2: chance", x, y, [new CurvePoint(1, 0.5, 0.5, 0.5), new CurvePoint(FigureTop, 0.5, 0.5, 0.5)]) { Style = CurveStyle.Reference },
        ];
    }

    /// <inheritdoc />
    protected override IEnumerable<string> Notes =>
    [
        "one value per subpopulation (mean over its training examples; its examples share one reconstruction); intervals: Student-t over subpopulations; " +
        "lr_m1_margin_over_fresh paired over the m = 1 subpopulations; lr_drop_m1_vs_m3plus: [L₁ − U₃, U₁ − L₃], each Student-t at 1 − α/2 (Bonferroni)",
        "the figure splits m ≥ 3 into m = 3 and m ≥ 4 (the metrics pool them: m ≥ 4 alone may hold fewer than two subpopulations at the smoke tier); a bucket with one subpopulation is drawn without an interval",
    ];

    private static HclMultiplicityRecovery Recovery(HclModelOutcome outcome) =>
        outcome.FinalAttacked.Attack!.Multiplicity
        ?? throw new InvalidOperationException("The experiment's final attack carries no recovery against multiplicity (the data set lacks its fresh controls).");

    private static void Require(IReadOnlyList<HclSubpopulationRecovery> members, string bucket)
    {
        if (members.Count < 2)
        {
            throw new ClaimParameterException(
                $"MULTIPLICITY: bucket {bucket} holds {members.Count} subpopulation(s); an interval over subpopulations needs at least 2. Use a larger n (n = N gives about n/e singletons and n/50 subpopulations with m ≥ 4).");
        }
    }
}
