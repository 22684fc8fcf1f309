using Memorization.Claims;
using Memorization.Claims.Presets;
using Memorization.Configuration;

namespace Memorization.Tests.Claims.Presets;

/// <summary>The committed repository's task presets (claims/experiments/), for tests that run a task at a tier.</summary>
internal static class RepositoryPresets
{
    /// <summary>The repository this test assembly was built from.</summary>
    public static ReproRepository Repository { get; } = new(ReproSettings.Load(typeof(RepositoryPresets).Assembly).RepositoryRoot!);

    /// <summary>Its presets.</summary>
    public static TaskPresets Presets { get; } = TaskPresets.Load(Repository);
}
