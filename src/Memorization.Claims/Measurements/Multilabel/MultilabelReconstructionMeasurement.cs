namespace Memorization.Claims.Measurements.Multilabel;

/// <summary>
/// Claim ML-RECON (docs/claims.md#ml-recon): the sign attack on the multilabel logistic regression, aimed at each singleton's
/// label vector (objective: the model's log-likelihood of that vector), reconstructs the singleton training examples above
/// (1 + ρ)/2, the match rate of a guesser who knows P but not the data. Student-t over attacked singletons.
/// </summary>
public sealed class MultilabelReconstructionMeasurement : MultilabelExperimentMeasurement
{
    /// <inheritdoc />
    public override string ClaimId => "ML-RECON";

    /// <inheritdoc />
    public override IReadOnlyList<string> Metrics => ["ml_lr_recovery", "ml_guessing_reference", "ml_lr_recovery_margin"];

    /// <inheritdoc />
    protected override IEnumerable<MetricValue> MetricsAt(MultilabelOutcome outcome, double confidence)
    {
        MetricValue recovery = ClaimMetrics.StudentMean("ml_lr_recovery", outcome.Result.Sign.Targets.AllBits, confidence);
        yield return recovery;
        yield return MetricValue.Exact("ml_guessing_reference", outcome.Result.GuessingReference);
        yield return ClaimMetrics.Minus("ml_lr_recovery_margin", recovery, outcome.Result.GuessingReference);
    }
}
