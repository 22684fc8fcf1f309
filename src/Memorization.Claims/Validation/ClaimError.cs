using Memorization.Claims.Specs;

namespace Memorization.Claims.Validation;

/// <summary>
/// A problem with a claim file, as a value bound to what it concerns. Surfaced by the build as an
/// MSBuild error (<c>claims/X.yaml(12,5): error REPRO002: …</c>) and by <c>repro claims validate</c>.
/// </summary>
/// <param name="File">The claim file, relative to the repository root, with '/' separators.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Field">The field's path, e.g. <c>assertions[0].threshold</c>; empty for the whole file.</param>
/// <param name="Code">The code, <c>REPRO001</c>…; see <see cref="ClaimErrorCodes"/> and claims/README.md.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record ClaimError(string File, int Line, int Column, string Field, string Code, string Message, string Fix)
{
    /// <summary>An error at <paramref name="location"/>.</summary>
    public static ClaimError At(SourceLocation location, string field, string code, string message, string fix) =>
        new(location.File, location.Line, location.Column, field, code, message, fix);

    /// <inheritdoc />
    public override string ToString() => ClaimErrorFormatter.Text(this);
}
