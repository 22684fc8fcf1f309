using System.Runtime.CompilerServices;
using Memorization.Configuration;

namespace Memorization.Tests;

/// <summary>
/// Never accept a snapshot in CI: under <c>CI=true</c> Snapshooter runs in strict mode, so a test whose snapshot is
/// missing fails instead of writing the snapshot and passing. Set when this test assembly loads, before any test;
/// an explicit <c>SNAPSHOOTER_STRICT_MODE</c> (e.g. <c>false</c>) is left as the user set it.
/// </summary>
internal static class StrictSnapshotsInCi
{
    /// <summary>The variable Snapshooter 1.3 reads at every match (<c>on</c> or <c>true</c>: strict).</summary>
    public const string Variable = "SNAPSHOOTER_STRICT_MODE";

#pragma warning disable CA2255 // A module initializer is the one hook that runs before xunit's first test in this assembly.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Apply()
    {
        if (StrictModeFor(Environment.GetEnvironmentVariable) is { } value)
        {
            Environment.SetEnvironmentVariable(Variable, value);
        }
    }

    /// <summary>The value to give <see cref="Variable"/> in <paramref name="environment"/>, or null to leave it.</summary>
    public static string? StrictModeFor(Func<string, string?> environment) =>
        ContinuousIntegration.IsActive(environment) && string.IsNullOrEmpty(environment(Variable)) ? "true" : null;
}
