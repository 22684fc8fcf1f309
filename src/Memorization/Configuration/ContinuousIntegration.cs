namespace Memorization.Configuration;

/// <summary>
/// What a CI run may not do. A CI run checks the committed references; if it could rewrite them it would pass by
/// definition, so a baseline update (<c>UpdateBaselines=true</c>, <c>REPRO_UPDATE_BASELINES</c>,
/// <c>repro baseline update</c>) is refused when <c>CI</c> is set, unless
/// <see cref="AllowBaselineUpdateVariable"/> (or <c>repro baseline update --allow-in-ci</c>) says it is meant.
/// The MSBuild side of the same rule is error REPRO023 in Directory.Build.targets.
/// </summary>
public static class ContinuousIntegration
{
    /// <summary>Set to <c>true</c> by GitHub Actions, GitLab CI and most other CI services, and by this project's CI.</summary>
    public const string Variable = "CI";

    /// <summary>The override: <c>1</c> or <c>true</c> lets a CI run rewrite baselines.</summary>
    public const string AllowBaselineUpdateVariable = "REPRO_ALLOW_BASELINE_UPDATE_IN_CI";

    /// <summary>The command-line form of the override, on <c>repro baseline update</c>.</summary>
    public const string AllowBaselineUpdateOption = "--allow-in-ci";

    /// <summary>Whether <paramref name="environment"/> is a CI run (<c>CI</c> = true, 1 or yes, any case).</summary>
    public static bool IsActive(Func<string, string?> environment) => IsTrue(environment(Variable));

    /// <summary>
    /// Refuses a baseline update asked for by <paramref name="requestedBy"/> in a CI run, unless the override variable
    /// is set or <paramref name="allowedByOption"/>.
    /// </summary>
    /// <exception cref="InvalidOptionException">A CI run without the override; the message names it.</exception>
    public static void EnsureBaselineUpdateAllowed(Func<string, string?> environment, string requestedBy, bool allowedByOption = false)
    {
        if (!IsActive(environment) || allowedByOption || IsTrue(environment(AllowBaselineUpdateVariable)))
        {
            return;
        }

        throw new InvalidOptionException(requestedBy,
            $"{requestedBy} asks to rewrite baselines/, and this is a CI run ({Variable}={environment(Variable)}): CI compares with the committed " +
            "baselines and never rewrites them, or a regression would pass by being recorded. Nothing was run or written. " +
            $"Record baselines on a developer machine and commit them; to rewrite them in CI on purpose, set {AllowBaselineUpdateVariable}=1" +
            $" (repro baseline update also takes {AllowBaselineUpdateOption}).");
    }

    private static bool IsTrue(string? value) => value?.Trim().ToLowerInvariant() is "true" or "1" or "yes";
}
