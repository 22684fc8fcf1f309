namespace Memorization.Claims.Validation;

/// <summary>The two spellings of a <see cref="ClaimError"/>: MSBuild's canonical error line and plain text.</summary>
public static class ClaimErrorFormatter
{
    /// <summary>
    /// <c>file(line,col): error CODE: message Fix: fix</c> — the canonical form MSBuild's Exec task turns
    /// into a build error with file and line. No text may contain a line break.
    /// </summary>
    public static string MsBuild(ClaimError error) =>
        $"{error.File}({error.Line},{error.Column}): error {error.Code}: {OneLine(error.Message)}{FixSuffix(error)}";

    /// <summary><c>file:line:col CODE field: message Fix: fix</c>, for people.</summary>
    public static string Text(ClaimError error) =>
        $"{error.File}:{error.Line}:{error.Column} {error.Code}{(error.Field.Length > 0 ? " " + error.Field : "")}: {OneLine(error.Message)}{FixSuffix(error)}";

    private static string FixSuffix(ClaimError error) => error.Fix.Length == 0 ? "" : " Fix: " + OneLine(error.Fix);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
