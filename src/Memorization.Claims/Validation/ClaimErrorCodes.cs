namespace Memorization.Claims.Validation;

/// <summary>
/// The codes of <see cref="ClaimError"/>, documented in claims/README.md. REPRO010–013 are the build's
/// property checks (Directory.Build.targets); the claim codes avoid them.
/// </summary>
public static class ClaimErrorCodes
{
    /// <summary>The file is not well-formed YAML, or not a mapping at the top.</summary>
    public const string MalformedYaml = "REPRO001";

    /// <summary>A field has the wrong type or form (a threshold that is not a number, a list where a scalar belongs…).</summary>
    public const string WrongType = "REPRO002";

    /// <summary>A field the schema does not know (often a misspelling).</summary>
    public const string UnknownField = "REPRO003";

    /// <summary>Two claim files declare the same id.</summary>
    public const string DuplicateId = "REPRO004";

    /// <summary>A tier without parameters, or a claim without the smoke and paper tiers.</summary>
    public const string TierWithoutParameters = "REPRO005";

    /// <summary>A declared metric that the claim's measurement does not report, or a claim no measurement measures.</summary>
    public const string UnmeasuredMetric = "REPRO006";

    /// <summary>An id that is not <c>^[A-Z][A-Z0-9-]*$</c> (could escape claims/ or baselines/) or differs from the file name.</summary>
    public const string BadId = "REPRO007";

    /// <summary>A YAML tag (<c>!foo</c>, <c>!!python/object</c>), anchor or alias: claim files are plain data.</summary>
    public const string ForbiddenYamlFeature = "REPRO008";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "REPRO009";

    /// <summary>An assertion names a metric the claim does not declare.</summary>
    public const string UnknownMetricReference = "REPRO014";

    /// <summary>A value out of its range (confidence outside (0, 1), negative tolerance or seed, duplicate metric).</summary>
    public const string OutOfRange = "REPRO015";

    /// <summary>The suite's false-alarm budget Σ(1 − confidence) over every assertion exceeds 1%.</summary>
    public const string FalseAlarmBudget = "REPRO016";

    /// <summary>A claim file that is not a regular file inside the repository (a FIFO, device, socket, or a link leaving it), or cannot be read.</summary>
    public const string NotARegularFile = "REPRO017";

    /// <summary>A claim file larger than <see cref="Specs.ClaimFileLimits.MaxBytes"/>.</summary>
    public const string FileTooLarge = "REPRO018";

    /// <summary>Mappings and lists nested deeper than <see cref="Specs.ClaimFileLimits.MaxNestingDepth"/>.</summary>
    public const string NestedTooDeep = "REPRO019";

    /// <summary>A tier parameter the suite knows (<see cref="ParameterRanges"/>) is out of its range.</summary>
    public const string ParameterOutOfRange = "REPRO020";

    /// <summary>A claim names a shared experiment that has no file under claims/experiments/, or whose file has problems.</summary>
    public const string UnknownExperiment = "REPRO021";

    /// <summary>A claim names a shared experiment and also gives tier parameters, which would add to or override the experiment's.</summary>
    public const string ExperimentParametersOverridden = "REPRO022";
}
