using System.Diagnostics;
using Memorization.Configuration;

namespace Memorization.Tests.Claims;

/// <summary>
/// The build integration end to end: a minimal project that imports src/Memorization.Build/Claims.targets (the
/// real target, with the real repro.dll built next to these tests) validates a temp claims/ folder. A bad claim
/// file must fail the build with the canonical MSBuild error line; a fixed one must pass and then be skipped as
/// up to date. About 5–10 s (three `dotnet msbuild` runs).
/// </summary>
public class MsBuildValidationTests
{
    private static readonly string RepositoryRoot = ReproSettings.Load(typeof(MsBuildValidationTests).Assembly).RepositoryRoot!;

    [Fact]
    public void ABadClaimFileFailsTheBuildWithFileLineAndCodeAndAFixedOnePassesIncrementally()
    {
        using var repo = new TempRepository();
        string sing = File.ReadAllText(Path.Combine(RepositoryRoot, "claims", "SING.yaml"));
        repo.WithClaim("SING.yaml", sing.Replace("    threshold: 0.3", "    threshold: \"0.3\""));
        string project = Path.Combine(repo.Root, "validate.proj");
        File.WriteAllText(project, $"""
            <Project DefaultTargets="ReproValidateClaims">
              <PropertyGroup>
                <ReproRoot>{repo.Root}/</ReproRoot>
                <ReproValidateClaims>true</ReproValidateClaims>
                <IntermediateOutputPath>obj/</IntermediateOutputPath>
              </PropertyGroup>
              <Target Name="ResolveProjectReferences" />
              <Target Name="CoreCompile" />
              <Import Project="{Path.Combine(RepositoryRoot, "src", "Memorization.Build", "Claims.targets")}" />
            </Project>
            """);

        var (failed, output) = MsBuild(project);
        Assert.NotEqual(0, failed);
        string line = $"claims/SING.yaml(51,16): error REPRO002: assertions[0].threshold must be a number, not the quoted text \"0.3\". Fix: Write an unquoted decimal number, e.g. 0.05. [{project}]";
        Assert.Contains(line, output.Split('\n').Select(l => l.Trim()));
        Assert.False(File.Exists(Path.Combine(repo.Root, "obj", "repro.claims.validated")), "a failed validation must not be stamped");

        repo.WithClaim("SING.yaml", sing);
        var (passed, clean) = MsBuild(project);
        Assert.True(passed == 0, clean);
        Assert.DoesNotContain("error", clean, StringComparison.OrdinalIgnoreCase);

        var (again, incremental) = MsBuild(project, "-v:n");
        Assert.Equal(0, again);
        Assert.Contains("Skipping target \"ReproValidateClaims\" because all output files are up-to-date", incremental);
    }

    // The configuration these tests were built in, so that the target finds the repro.dll built beside them.
    private static string Configuration =>
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    private static (int Code, string Output) MsBuild(string project, string extra = "")
    {
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet, $"msbuild \"{project}\" -nologo -nodeReuse:false -p:Configuration={Configuration} {extra}")
        {
            WorkingDirectory = Path.GetDirectoryName(project)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
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
