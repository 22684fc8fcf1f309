namespace Memorization.Claims.Specs;

/// <summary>
/// The limits a claim file must respect before it is parsed. A claim file is a few kilobytes of data nested four
/// levels deep (tiers → smoke → parameters → value); far larger or deeper input is an accident or an attack, and
/// without limits it made the validator copy 50 MB into the report, run for minutes, or overflow the stack.
/// </summary>
public static class ClaimFileLimits
{
    /// <summary>The most bytes a claim file may hold: 256 KiB (the largest claim file holds about 9 KB).</summary>
    public const long MaxBytes = 256 * 1024;

    /// <summary>The deepest nesting of mappings and lists: 32 (claim files need 4 or 5).</summary>
    public const int MaxNestingDepth = 32;
}
