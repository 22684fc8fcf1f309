using Memorization.Claims.Validation;

namespace Memorization.Claims;

/// <summary>Claim files have problems, so nothing is measured; the message lists each one with file and line.</summary>
public sealed class InvalidClaimsException(IReadOnlyList<ClaimError> errors)
    : Exception($"{errors.Count} problem(s) in claims/; nothing was measured:{Environment.NewLine}" +
                string.Join(Environment.NewLine, errors.Select(ClaimErrorFormatter.Text)))
{
    /// <summary>The problems.</summary>
    public IReadOnlyList<ClaimError> Errors { get; } = errors;
}
