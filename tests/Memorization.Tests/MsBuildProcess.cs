using System.Diagnostics;

namespace Memorization.Tests;

/// <summary>Runs the real <c>dotnet msbuild</c> on a project, for the tests of the suite's MSBuild targets (about 3 s a run).</summary>
internal static class MsBuildProcess
{
    /// <summary>
    /// Exit code and output (stdout then stderr) of <c>dotnet msbuild <paramref name="project"/> <paramref name="arguments"/></c>,
    /// with <paramref name="variables"/> set (and <paramref name="removed"/> unset) in its environment; fails the test after 120 s.
    /// </summary>
    public static (int Code, string Output) Run(string project, string arguments, IEnumerable<(string Key, string Value)>? variables = null, IEnumerable<string>? removed = null)
    {
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet, $"msbuild \"{project}\" -nologo -nodeReuse:false {arguments}")
        {
            WorkingDirectory = Path.GetDirectoryName(project)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string name in removed ?? [])
        {
            info.Environment.Remove(name);
        }
        foreach (var (key, value) in variables ?? [])
        {
            info.Environment[key] = value;
        }

        using Process process = Process.Start(info)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet msbuild did not finish within 120 s.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
