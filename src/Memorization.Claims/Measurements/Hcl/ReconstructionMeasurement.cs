using Memorization.Experiments.Hcl;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>
/// Claims RECON-LR and RECON-MLP (docs/attacks.md, docs/claims.md#recon-lr): the published attack (sign attack on the logistic regression,
/// coordinate ascent on the MLP) reconstructs every singleton training example far above (1 + ρ)/2, the match
/// rate of a guesser who knows P but not the data. Also the published figure: recovery and classification
/// errors against gradient updates, with the (1 − ρ)/2 reference.
/// </summary>
public sealed class ReconstructionMeasurement(HclModelKind model) : HclExperimentMeasurement
{
    private string P => model.MetricPrefix();

    /// <inheritdoc />
    public override string ClaimId => $"RECON-{model.ClaimSuffix()}";

    /// <inheritdoc />
    public override IReadOnlyList<string> Metrics =>
        [$"{P}_recovery", "guessing_reference", $"{P}_recovery_margin", $"{P}_represented_control_recovery", $"{P}_informed_recovery"];

    /// <inheritdoc />
    protected override IReadOnlyList<HclModelKind> Models => [model];

    /// <inheritdoc />
    protected override IEnumerable<MetricValue> MetricsAt(IReadOnlyList<HclModelOutcome> outcomes, double confidence)
    {
        HclModelOutcome o = outcomes[0];
        HclAttackRecord attack = o.FinalAttacked.Attack!;
        MetricValue recovery = ClaimMetrics.StudentMean($"{P}_recovery", attack.Targets.AllBits, confidence);
        yield return recovery;
        yield return MetricValue.Exact("guessing_reference", o.GuessingReference);
        yield return ClaimMetrics.Minus($"{P}_recovery_margin", recovery, o.GuessingReference);
        if (attack.RepresentedControls is { } represented)
        {
            yield return ClaimMetrics.StudentMean($"{P}_represented_control_recovery", represented.AllBits, confidence);
        }

        if (attack.InformedTargets is { } informed)
        {
            yield return ClaimMetrics.StudentMean($"{P}_informed_recovery", informed.AllBits, confidence);
        }
    }

    /// <inheritdoc />
    protected override IReadOnlyList<CurveSeries> Curves(IReadOnlyList<HclModelOutcome> outcomes)
    {
        HclModelOutcome o = outcomes[0];
        string figure = ClaimId.ToLowerInvariant();
        const string y = "error (fraction of coordinates / of queries)";
        string title = $"{ClaimId}: reconstruction error of {HclMetrics.ModelName(model)}'s singletons over training, with its classification errors";
        return
        [
            HclMetrics.RecoveryErrorSeries(figure, "recovery error, singletons (1 − match rate)", o.Run, a => a.Targets, irrelevantOnly: false, y) with { Title = title },
            HclMetrics.RecoveryErrorSeries(figure, "recovery error, represented control", o.Run, a => a.RepresentedControls, irrelevantOnly: false, y),
            HclMetrics.ErrorSeries(figure, "classification error, training set", o.Run, c => c.TrainError, y),
            HclMetrics.ErrorSeries(figure, "classification error, represented subpopulations", o.Run, c => c.RepresentedError, y),
            HclMetrics.ErrorSeries(figure, "classification error, singleton subpopulations", o.Run, c => c.SingletonError, y),
            HclMetrics.Reference(figure, "(1 − ρ)/2: recovery error of a guesser who knows P", o.Run, 1.0 - o.GuessingReference, y),
        ];
    }
}
