namespace Memorization.Claims.Files;

/// <summary>The outcome of <see cref="GuardedFile.ReadText"/>: the text, or why it was not read.</summary>
/// <param name="Text">The file's text (UTF-8 unless a byte-order mark says otherwise), or null when refused.</param>
/// <param name="Refusal">Why the file was not read, or null when it was.</param>
public sealed record GuardedText(string? Text, FileRefusal? Refusal)
{
    /// <summary>A file that was read.</summary>
    public static GuardedText Read(string text) => new(text, null);

    /// <summary>A file that was not read.</summary>
    public static GuardedText Refused(FileRefusal refusal) => new(null, refusal);
}
