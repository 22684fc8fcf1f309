namespace Memorization.Claims.Validation;

/// <summary>One concern of claim validation. Returns its problems as values; never throws for bad claims.</summary>
public interface IClaimValidator
{
    /// <summary>The problems this validator finds in <paramref name="context"/>.</summary>
    IEnumerable<ClaimError> Validate(ClaimValidationContext context);
}
