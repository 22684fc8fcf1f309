using Memorization.Claims.Measurements;
using Memorization.Claims.Specs;

namespace Memorization.Claims.Validation;

/// <summary>What validators look at: every parsed claim and experiment file and the measurement catalogue.</summary>
/// <param name="Files">Every claim file's parse result (valid or not).</param>
/// <param name="Measurements">The measurements that can measure claims.</param>
/// <param name="ExperimentFiles">Every shared experiment file's parse result (valid or not); none when null.</param>
public sealed record ClaimValidationContext(IReadOnlyList<ClaimParseResult> Files, ClaimMeasurementCatalog Measurements, IReadOnlyList<ExperimentParseResult>? ExperimentFiles = null)
{
    /// <summary>The shared experiment files.</summary>
    public IReadOnlyList<ExperimentParseResult> Experiments => ExperimentFiles ?? [];

    /// <summary>The claims that parsed.</summary>
    public IEnumerable<ClaimSpec> Claims => Files.Where(f => f.Spec is not null).Select(f => f.Spec!);
}
