using Memorization.Claims.Validation;

namespace Memorization.Claims.Specs;

/// <summary>What parsing one experiment file gave: the spec when the file is usable, and every problem found.</summary>
public sealed record ExperimentParseResult(string File, ExperimentSpec? Spec, IReadOnlyList<ClaimError> Errors);
