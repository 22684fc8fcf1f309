namespace Memorization.Claims.Baselines;

/// <summary>One line of <c>repro baseline verify</c>: what was found, about which file, and the fix when it is a problem.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="File">The file or folder, relative to the repository root (the claim id for notes about a claim).</param>
/// <param name="Message">What it means, with the fix for problems.</param>
public sealed record BaselineFinding(BaselineFindingKind Kind, string File, string Message)
{
    /// <summary>Whether the finding fails the gate.</summary>
    public bool IsProblem => Kind is not (BaselineFindingKind.Ok or BaselineFindingKind.Note);
}
