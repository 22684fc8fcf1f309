namespace Memorization.Claims.Validation;

/// <summary>
/// REPRO006: the claim has a registered measurement, and it reports every declared metric.
/// REPRO014: assertions name declared metrics. REPRO015: metric names are unique.
/// </summary>
public sealed class MetricValidator : IClaimValidator
{
    /// <inheritdoc />
    public IEnumerable<ClaimError> Validate(ClaimValidationContext context)
    {
        foreach (var claim in context.Claims)
        {
            var measurement = context.Measurements.Find(claim.Id);
            if (measurement is null)
            {
                yield return ClaimError.At(claim.Location, "id", ClaimErrorCodes.UnmeasuredMetric,
                    $"no code measures claim {claim.Id}: no IClaimMeasurement with ClaimId \"{claim.Id}\" is registered.",
                    "Write the measurement class and add it to ClaimMeasurementCatalog.Default (src/Memorization/Claims/Measurements).");
            }

            foreach (var metric in claim.Metrics)
            {
                if (measurement is not null && !measurement.Metrics.Contains(metric.Name))
                {
                    yield return ClaimError.At(metric.Location, "metrics.name", ClaimErrorCodes.UnmeasuredMetric,
                        $"metric '{metric.Name}' is measured by no code: {measurement.GetType().Name} reports {string.Join(", ", measurement.Metrics)}.",
                        "Fix the name, or make the measurement report it.");
                }
            }

            foreach (var duplicate in claim.Metrics.GroupBy(m => m.Name).Where(g => g.Count() > 1).Select(g => g.Last()))
            {
                yield return ClaimError.At(duplicate.Location, "metrics.name", ClaimErrorCodes.OutOfRange,
                    $"metric '{duplicate.Name}' is declared twice.", "Declare each metric once.");
            }

            var declared = claim.Metrics.Select(m => m.Name).ToHashSet();
            foreach (var assertion in claim.Assertions)
            {
                foreach ((string? name, string field) in new (string?, string)[] { (assertion.Metric, "metric"), (assertion.ThresholdMetric, "threshold") })
                {
                    if (name is not null && !declared.Contains(name))
                    {
                        yield return ClaimError.At(assertion.Location, $"assertions.{field}", ClaimErrorCodes.UnknownMetricReference,
                            field == "threshold"
                                ? $"threshold '{name}' must be a number or the name of a declared metric."
                                : $"assertion on unknown metric '{name}'.",
                            $"Declared metrics: {(declared.Count == 0 ? "none" : string.Join(", ", declared))}.");
                    }
                }
            }
        }
    }
}
