using Memorization.Claims.Baselines;

namespace Memorization.Cli.Json;

/// <summary><c>repro baseline verify --json</c>: every finding, the counts and the scope verified.</summary>
public sealed record VerifyJson(string Scope, int Claims, IReadOnlyList<VerifyFindingJson> Findings, int Verified, int Problems, int ExitCode);

/// <summary>One finding: ok, a note or a problem, about a file.</summary>
public sealed record VerifyFindingJson(BaselineFindingKind Kind, string File, string Message, bool Problem);
