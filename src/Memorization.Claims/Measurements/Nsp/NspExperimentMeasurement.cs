namespace Memorization.Claims.Measurements.Nsp;

/// <summary>
/// Base of the measurements that read the NSP experiment (docs/experiments.md#nsp-experiment): reads the setup from the tier, obtains
/// the run from <see cref="NspExperimentCache"/>, and lets the claim turn it into metrics at every confidence level.
/// </summary>
public abstract class NspExperimentMeasurement : IClaimMeasurement
{
    /// <inheritdoc />
    public abstract string ClaimId { get; }

    /// <inheritdoc />
    public abstract IReadOnlyList<string> Metrics { get; }

    /// <inheritdoc />
    public ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        NspExperimentSetup setup = NspExperimentSetup.From(claimCase);
        cancellationToken.ThrowIfCancellationRequested();
        NspOutcome outcome = NspExperimentCache.Get(setup, claimCase.RequireDevice(), ProgressStages.Within(progress, 0.0, 1.0));
        progress?.Report(1.0);
        List<MetricValue> metrics = claimCase.AtEveryLevel(level => MetricsAt(outcome, level));
        var notes = new List<string>
        {
            setup.Parameters.ToString(),
            $"{setup.Model.Describe()}, {setup.Model.Steps} Adam steps (lr {setup.Model.LearningRate}, input noise {setup.Model.InputNoiseRate}), {outcome.Result.ParameterBits / 32} parameters; " +
            $"{outcome.Data.SingletonIndices.Count} singletons attacked; extraction prompt k = {outcome.Result.PromptLength}; training {outcome.Result.TrainingTime.TotalSeconds:F1} s, whole run {outcome.Result.TotalTime.TotalSeconds:F1} s",
        };
        notes.AddRange(Notes);
        return new ClaimMeasurementResult(metrics, Curves(outcome), notes) { SharedRunSeconds = outcome.RunTime.TotalSeconds };
    }

    /// <summary>The claim's metrics at one confidence level.</summary>
    protected abstract IEnumerable<MetricValue> MetricsAt(NspOutcome outcome, double confidence);

    /// <summary>Series for the claim's figure (none by default).</summary>
    protected virtual IReadOnlyList<CurveSeries> Curves(NspOutcome outcome) => [];

    /// <summary>The figure series of <paramref name="outcome"/> (for tests of the series, without training).</summary>
    internal IReadOnlyList<CurveSeries> FigureSeries(NspOutcome outcome) => Curves(outcome);

    /// <summary>How the intervals were obtained, for the report.</summary>
    protected virtual IEnumerable<string> Notes =>
    [
        "errors: Clopper–Pearson over queries; paired differences: exact (Clopper–Pearson on both discordant counts, Bonferroni); training strings: Hoeffding over per-string fractions; fresh controls: Clopper–Pearson over bits (independent of the model)",
    ];
}
