namespace Memorization.Claims.Validation;

/// <summary>
/// Reports what the parsers found (REPRO001, 002, 003, 008, 009, 015; for experiments also 005 and 007; for claims naming
/// an experiment 021 and 022) so every problem goes through one list.
/// </summary>
public sealed class ParseErrorsValidator : IClaimValidator
{
    /// <inheritdoc />
    public IEnumerable<ClaimError> Validate(ClaimValidationContext context) =>
        context.Experiments.SelectMany(f => f.Errors).Concat(context.Files.SelectMany(f => f.Errors));
}
