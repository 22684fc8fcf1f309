namespace Memorization.Claims.Measurements.Multilabel;

/// <summary>
/// Base of the ML-* measurements (docs/experiments.md#multilabel-hcl-experiment): reads the setup from the tier, obtains the run
/// from <see cref="MultilabelExperimentCache"/>, and lets the claim turn it into metrics.
/// </summary>
public abstract class MultilabelExperimentMeasurement : IClaimMeasurement
{
    /// <inheritdoc />
    public abstract string ClaimId { get; }

    /// <inheritdoc />
    public abstract IReadOnlyList<string> Metrics { get; }

    /// <inheritdoc />
    public ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        MultilabelSetup setup = MultilabelSetup.From(claimCase);
        Devices.ResolvedDevice device = claimCase.RequireDevice();
        cancellationToken.ThrowIfCancellationRequested();
        MultilabelOutcome o = MultilabelExperimentCache.Get(setup, device, ProgressStages.Within(progress, 0.0, 1.0));
        progress?.Report(1.0);
        List<MetricValue> metrics = claimCase.AtEveryLevel(level => MetricsAt(o, level));
        var notes = new List<string>
        {
            $"{setup.Parameters}, k = {setup.LabelBits} label bits",
            $"multilabel logistic regression: {setup.LogisticRegression.Steps} steps, training {o.Result.TrainingTime.TotalSeconds:F1} s; sign attack on {o.Result.UnfixedCounts.Length} singletons, {o.Result.Sign.Elapsed.TotalSeconds:F1} s",
            "bit errors: Student-t over per-query fractions of wrong bits (queries independent, bits not); recoveries: Student-t over per-example fractions",
        };
        notes.AddRange(Notes);
        return new ClaimMeasurementResult(metrics, [], notes) { SharedRunSeconds = o.RunTime.TotalSeconds };
    }

    /// <summary>The metrics of <paramref name="outcome"/> at <paramref name="confidence"/> (for tests, without training).</summary>
    internal IReadOnlyList<MetricValue> MetricsOf(MultilabelOutcome outcome, double confidence) => MetricsAt(outcome, confidence).ToList();

    /// <summary>The claim's metrics at one confidence level.</summary>
    protected abstract IEnumerable<MetricValue> MetricsAt(MultilabelOutcome outcome, double confidence);

    /// <summary>Claim-specific notes for the report.</summary>
    protected virtual IEnumerable<string> Notes => [];
}
