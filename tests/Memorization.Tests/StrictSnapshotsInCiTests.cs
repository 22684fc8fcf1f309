using Snapshooter;
using Snapshooter.Exceptions;
using Snapshooter.Xunit;

namespace Memorization.Tests;

/// <summary>CI never accepts a new snapshot: strict mode is switched on under CI=true, and then a missing snapshot fails.</summary>
// The second test sets a process-wide variable for a moment; the only snapshots it could affect are missing ones.
public class StrictSnapshotsInCiTests
{
    private static Func<string, string?> From(params (string Key, string Value)[] pairs) => key => pairs.FirstOrDefault(p => p.Key == key).Value;

    [Fact]
    public void CiTurnsStrictModeOnUnlessTheUserChose()
    {
        Assert.Equal("true", StrictSnapshotsInCi.StrictModeFor(From(("CI", "true"))));
        Assert.Null(StrictSnapshotsInCi.StrictModeFor(From()));
        Assert.Null(StrictSnapshotsInCi.StrictModeFor(From(("CI", "false"))));
        Assert.Null(StrictSnapshotsInCi.StrictModeFor(From(("CI", "true"), (StrictSnapshotsInCi.Variable, "false"))));
    }

    [Fact]
    public void InStrictModeANewSnapshotFailsAndIsNotWritten()
    {
        string folder = Path.Combine(Path.GetTempPath(), "repro-snapshot-test-" + Guid.NewGuid().ToString("N"));
        string? before = Environment.GetEnvironmentVariable(StrictSnapshotsInCi.Variable);
        try
        {
            Environment.SetEnvironmentVariable(StrictSnapshotsInCi.Variable, "true");
            var name = new SnapshotFullName("new.snap", folder);
            Assert.Throws<SnapshotNotFoundException>(() => Snapshot.Match(new { claim = "SING", value = 0.37 }, name));
            Assert.False(File.Exists(Path.Combine(folder, "__snapshots__", "new.snap")), "strict mode must not accept the snapshot");

            // The check can fail: without strict mode the same call writes the snapshot and passes.
            Environment.SetEnvironmentVariable(StrictSnapshotsInCi.Variable, "false");
            Snapshot.Match(new { claim = "SING", value = 0.37 }, name);
            Assert.True(File.Exists(Path.Combine(folder, "__snapshots__", "new.snap")));
        }
        finally
        {
            Environment.SetEnvironmentVariable(StrictSnapshotsInCi.Variable, before);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
