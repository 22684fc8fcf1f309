using System.Diagnostics;

namespace Memorization.Tests.Claims.Files;

/// <summary>Makes the hostile entries of the tests: named pipes (with the system's <c>mkfifo</c>) and symbolic links.</summary>
internal static class SpecialFiles
{
    /// <summary>Whether named pipes and devices exist here (not on Windows).</summary>
    public static bool Unix => !OperatingSystem.IsWindows();

    public static void MakeFifo(string path)
    {
        using Process process = Process.Start(new ProcessStartInfo("mkfifo", $"\"{path}\"") { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    public static void Link(string path, string target) => File.CreateSymbolicLink(path, target);
}
