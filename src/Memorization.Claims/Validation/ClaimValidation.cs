using Memorization.Claims.Measurements;
using Memorization.Claims.Specs;

namespace Memorization.Claims.Validation;

/// <summary>Runs every validator over every claim file before anything is measured.</summary>
public static class ClaimValidation
{
    /// <summary>The validators, one per concern, in reporting order.</summary>
    public static IReadOnlyList<IClaimValidator> Validators { get; } =
    [
        new ParseErrorsValidator(),
        new ClaimIdValidator(),
        new TierValidator(),
        new ParameterRangeValidator(),
        new MetricValidator(),
        new FalseAlarmBudget(),
    ];

    /// <summary>Every problem of <paramref name="files"/> and <paramref name="experiments"/>, sorted by file and position.</summary>
    public static IReadOnlyList<ClaimError> Validate(
        IReadOnlyList<ClaimParseResult> files, ClaimMeasurementCatalog measurements, IReadOnlyList<ExperimentParseResult>? experiments = null)
    {
        var context = new ClaimValidationContext(files, measurements, experiments);
        return Validators.SelectMany(v => v.Validate(context))
            .Distinct()
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)
            .ToArray();
    }
}
