using Memorization.Claims.Validation;

namespace Memorization.Claims.Specs;

/// <summary>What parsing one claim file gave: the spec when the file is usable, and every problem found.</summary>
public sealed record ClaimParseResult(string File, ClaimSpec? Spec, IReadOnlyList<ClaimError> Errors)
{
    /// <summary>True when the file parsed without a problem.</summary>
    public bool IsValid => Spec is not null && Errors.Count == 0;
}
