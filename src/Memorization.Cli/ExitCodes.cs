namespace Memorization.Cli;

/// <summary>
/// The exit codes of <c>repro</c>: one table for every command, so that CI scripts can tell a claim that fails (1) from
/// a command that could not be carried out as asked (2) and from a bug (3). Documented in README.md ("Exit codes") and
/// in <c>repro --help</c>.
/// </summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done and every check passed.</summary>
    public const int Ok = 0;

    /// <summary>
    /// A check failed: a claim failed or its measurement stopped with an error, a baseline is missing, invalid or stale,
    /// <c>audit</c> found runs that differ, <c>claims validate</c> found a problem.
    /// </summary>
    public const int CheckFailed = 1;

    /// <summary>
    /// The command cannot be carried out as given, and nothing was measured or written: an unknown command or option, a
    /// bad value, an unknown claim id, invalid claim files (run, audit, update), no repository root, a device that is not
    /// available (<c>--device cuda</c> without a GPU), or a baseline update asked for in a CI run without the override.
    /// </summary>
    public const int Usage = 2;

    /// <summary>An unexpected error: a bug of <c>repro</c>; the message names the exception.</summary>
    public const int Unexpected = 3;

    /// <summary>The table, as printed under <c>repro --help</c>.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> Table { get; } =
    [
        (Ok, "ok: everything asked for was done and every check passed"),
        (CheckFailed, "a check failed: a claim failed or stopped with an error, a baseline is missing or invalid, audit found a difference, claims validate found a problem"),
        (Usage, "usage error, nothing was run: unknown command or option, bad value, unknown claim, invalid claim files, device not available (--device cuda without a GPU), baseline update under CI=true without --allow-in-ci"),
        (Unexpected, "unexpected error (a bug; the message names it)"),
    ];
}
