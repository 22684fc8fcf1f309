using Memorization.Claims.Measurements;

namespace Memorization.Tests.Claims;

/// <summary>A measurement that trains nothing: it reports the values it was given (outer layers' tests).</summary>
internal sealed class FakeMeasurement(string claimId = "FAKE", double accuracy = 0.9, double halfWidth = 0.05, IReadOnlyList<string>? metrics = null) : IClaimMeasurement
{
    public string ClaimId { get; } = claimId;

    public IReadOnlyList<string> Metrics { get; } = metrics ?? ["accuracy", "chance"];

    public int Calls { get; private set; }

    public Func<ClaimCase, Exception>? Throw { get; init; }

    /// <summary>When set, reported halfway as an experiment's stage (as the HCL and NSP experiments report theirs).</summary>
    public string? Stage { get; init; }

    public ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        Calls++;
        if (Throw is not null)
        {
            throw Throw(claimCase);
        }

        if (Stage is not null)
        {
            ProgressStages.Within(progress, 0.0, 1.0)?.Report(new Memorization.Experiments.ExperimentProgress(0.5, Stage));
        }

        int n = claimCase.GetInt("n");
        List<MetricValue> values = [MetricValue.Exact("chance", 0.5)];
        values.AddRange(claimCase.ConfidenceLevels.Select(c => new MetricValue("accuracy", accuracy, accuracy - halfWidth, accuracy + halfWidth, c, n)));
        return new ClaimMeasurementResult(values, [], [$"fake, n = {n}"]);
    }

    public static ClaimMeasurementCatalog Catalog(params IClaimMeasurement[] measurements) =>
        new(measurements.Length == 0 ? [new FakeMeasurement()] : measurements);
}
