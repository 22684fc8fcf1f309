namespace Memorization.Claims.Baselines;

/// <summary>A baseline file is malformed or tampered; the message names the file and the field and says how to fix it.</summary>
public sealed class BaselineException(string file, string field, string message) : Exception(message)
{
    /// <summary>The file, relative to the repository root.</summary>
    public string File { get; } = file;

    /// <summary>The offending field (JSON path), or <c>sha256</c> for a hash mismatch.</summary>
    public string Field { get; } = field;
}
