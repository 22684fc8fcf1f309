namespace Memorization.Claims.Validation;

/// <summary>Reports what the parser found (REPRO001, 002, 003, 008, 009, 015) so every problem goes through one list.</summary>
public sealed class ParseErrorsValidator : IClaimValidator
{
    /// <inheritdoc />
    public IEnumerable<ClaimError> Validate(ClaimValidationContext context) => context.Files.SelectMany(f => f.Errors);
}
