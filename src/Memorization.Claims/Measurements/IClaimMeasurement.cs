namespace Memorization.Claims.Measurements;

/// <summary>
/// The code that measures one claim: the seam between a claim file (<c>claims/&lt;ClaimId&gt;.yaml</c>, data)
/// and the library (tasks, learners, attacks). Register every implementation in
/// <see cref="ClaimMeasurementCatalog.Default"/>; the validator then checks that every metric the claim
/// file declares is in <see cref="Metrics"/> (REPRO006).
/// </summary>
/// <remarks>
/// Contract: deterministic given <see cref="ClaimCase.Seed"/>, the tier's parameters, the device and the
/// thread count; every random stream derived by name with <c>SeedDerivation</c>; report each metric at
/// every level of <see cref="ClaimCase.ConfidenceLevels"/> (or as <see cref="MetricValue.Exact"/>);
/// report progress in [0, 1]; honour the cancellation token between batches.
/// </remarks>
public interface IClaimMeasurement
{
    /// <summary>The claim's id, equal to its file name without <c>.yaml</c>.</summary>
    string ClaimId { get; }

    /// <summary>The names of the metrics this measurement reports.</summary>
    IReadOnlyList<string> Metrics { get; }

    /// <summary>Runs the measurement for one case (claim × tier × device × seed).</summary>
    ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken);
}
