namespace Memorization.Claims.Files;

/// <summary>A file that was not read, as a value: which file, why, and how to fix it (never an exception).</summary>
/// <param name="File">The file as shown to people (relative to the repository root).</param>
/// <param name="Reason">Why it was refused.</param>
/// <param name="Message">What is wrong, naming the file.</param>
/// <param name="Fix">What to do about it.</param>
public sealed record FileRefusal(string File, FileRefusalReason Reason, string Message, string Fix)
{
    /// <inheritdoc />
    public override string ToString() => $"{Message} Fix: {Fix}";
}
