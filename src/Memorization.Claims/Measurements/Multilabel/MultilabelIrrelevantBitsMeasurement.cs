namespace Memorization.Claims.Measurements.Multilabel;

/// <summary>
/// Claim ML-IRRELEVANT (docs/claims.md#ml-irrelevant): on the unfixed (pure-noise) coordinates the sign attack's reconstructions
/// match the singleton training examples far above 1/2, while compared with a fresh example of the same subpopulation they match
/// at 1/2 (the control, reported: an identity, not a claim).
/// </summary>
public sealed class MultilabelIrrelevantBitsMeasurement : MultilabelExperimentMeasurement
{
    /// <inheritdoc />
    public override string ClaimId => "ML-IRRELEVANT";

    /// <inheritdoc />
    public override IReadOnlyList<string> Metrics =>
        ["ml_lr_irrelevant_recovery", "ml_lr_fresh_control_irrelevant_recovery", "ml_lr_fresh_control_gap"];

    /// <inheritdoc />
    protected override IEnumerable<MetricValue> MetricsAt(MultilabelOutcome outcome, double confidence)
    {
        yield return ClaimMetrics.StudentMean("ml_lr_irrelevant_recovery", outcome.Result.Sign.Targets.IrrelevantBits, confidence);
        MetricValue fresh = ClaimMetrics.StudentMean("ml_lr_fresh_control_irrelevant_recovery", outcome.Result.Sign.FreshControls.IrrelevantBits, confidence);
        yield return fresh;
        yield return ClaimMetrics.AbsoluteGap("ml_lr_fresh_control_gap", fresh, 0.5);
    }
}
