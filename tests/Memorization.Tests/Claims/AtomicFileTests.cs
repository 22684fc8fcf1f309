using System.Diagnostics;
using Memorization.Claims;
using Memorization.Configuration;

namespace Memorization.Tests.Claims;

/// <summary>A write killed between the temporary file and the rename leaves debris; the next write removes it and git ignores it.</summary>
public class AtomicFileTests
{
    private static int DeadProcessId()
    {
        using Process process = Process.Start(new ProcessStartInfo("dotnet", "--version") { UseShellExecute = false, RedirectStandardOutput = true })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.Id;
    }

    [Fact]
    public void TheNextWriteRemovesTheTemporaryFileOfAKilledWriterAndKeepsALiveOnes()
    {
        using var repo = new TempRepository();
        string folder = Path.Combine(repo.Root, "baselines", "ACC-LR");
        Directory.CreateDirectory(folder);
        string target = Path.Combine(folder, "smoke.cpu.json");
        string stale = Path.Combine(folder, $".smoke.cpu.json.{DeadProcessId()}.{Guid.NewGuid():N}.tmp");
        string live = Path.Combine(folder, $".smoke.cpu.json.{(OperatingSystem.IsWindows() ? 4 : 1)}.{Guid.NewGuid():N}.tmp"); // a running process's (init)
        string other = Path.Combine(folder, $".paper.cpu.json.{DeadProcessId()}.{Guid.NewGuid():N}.tmp");   // another target's
        foreach (string file in new[] { stale, live, other })
        {
            File.WriteAllText(file, "{ half a baselin");
        }

        AtomicFile.WriteAllText(target, "{}\n");

        Assert.Equal("{}\n", File.ReadAllText(target));
        Assert.False(File.Exists(stale), "the killed writer's temporary file must be removed by the next write");
        Assert.True(File.Exists(live), "a running writer's temporary file must be left alone");
        Assert.True(File.Exists(other), "only the target's own temporaries are touched");
    }

    [Theory]
    [InlineData(".smoke.cpu.json.12345.0123456789abcdef0123456789abcdef.tmp", true)]
    [InlineData(".smoke.cpu.json.x.0123456789abcdef0123456789abcdef.tmp", false)]
    [InlineData("smoke.cpu.json", false)]
    [InlineData(".notes.tmp", false)]
    public void TemporaryFilesAreRecognisedByTheirName(string name, bool temporary) => Assert.Equal(temporary, AtomicFile.IsTemporary(name));

    [Fact]
    public void GitIgnoresTheTemporaryFilesOfABaselineWrite()
    {
        string root = ReproSettings.Load(typeof(AtomicFileTests).Assembly).RepositoryRoot!;
        var info = new ProcessStartInfo("git", "check-ignore --no-index -q baselines/ACC-LR/.smoke.cpu.json.4242.0123456789abcdef0123456789abcdef.tmp")
        {
            WorkingDirectory = root,
            UseShellExecute = false,
        };
        using Process? git = Process.Start(info);
        Assert.NotNull(git);
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, "baselines/<ID>/.*.tmp must be ignored by .gitignore");
    }
}
