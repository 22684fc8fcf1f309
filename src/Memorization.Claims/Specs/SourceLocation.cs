namespace Memorization.Claims.Specs;

/// <summary>Where a value came from in a claim file: the path relative to the repository root, 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>The start of <paramref name="file"/>, for problems that concern the whole file.</summary>
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <inheritdoc />
    public override string ToString() => $"{File}({Line},{Column})";
}
