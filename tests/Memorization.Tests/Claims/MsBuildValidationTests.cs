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
        int thresholdLine = sing[..sing.IndexOf("    threshold: 0.3", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        string project = Project(repo);

        var (failed, output) = MsBuild(project);
        Assert.NotEqual(0, failed);
        string line = $"claims/SING.yaml({thresholdLine},16): error REPRO002: assertions[0].threshold must be a number, not the quoted text \"0.3\". Fix: Write an unquoted decimal number, e.g. 0.05. [{project}]";
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

    [Fact]
    public void AnExperimentFileIsValidatedAndIsAnInputOfTheIncrementalValidation()
    {
        using var repo = new TempRepository();
        string hcl = File.ReadAllText(Path.Combine(RepositoryRoot, "claims", "experiments", "hcl.yaml"));
        repo.WithExperiment("hcl", hcl);
        string project = Project(repo);
        var (passed, clean) = MsBuild(project);
        Assert.True(passed == 0, clean);

        // Only the experiment file changes: the validation runs again and fails at the parameter's line.
        repo.WithExperiment("hcl", hcl.Replace("      test_size: 300", "      test_size: 0"));
        var (failed, output) = MsBuild(project);
        Assert.NotEqual(0, failed);
        int line = hcl[..hcl.IndexOf("      test_size: 300", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Contains($"claims/experiments/hcl.yaml({line},18): error REPRO020: tiers.smoke.parameters.test_size = 0 is out of range", output);
    }

    [Fact]
    public void HostileClaimFilesFailTheBuildWithinSecondsEachAtItsPlace()
    {
        using var repo = new TempRepository();
        string sing = File.ReadAllText(Path.Combine(RepositoryRoot, "claims", "SING.yaml"));
        int nLine = sing[..sing.IndexOf("      n: 500", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        repo.WithClaim("SING.yaml", ReplaceFirst(sing, "      n: 500", "      n: -500"));
        repo.WithClaim("NEST.yaml", new string('[', 200_000));
        repo.WithClaim("BIG.yaml", "id: BIG\ntitle: " + new string('x', 300_000) + "\n");
        bool unix = !OperatingSystem.IsWindows();
        if (unix)
        {
            Files.SpecialFiles.MakeFifo(Path.Combine(repo.Root, "claims", "FIFO.yaml"));
            Files.SpecialFiles.Link(Path.Combine(repo.Root, "claims", "ZERO.yaml"), "/dev/zero");
        }

        string project = Project(repo);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (failed, output) = MsBuild(project);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"the build took {clock.Elapsed}");
        Assert.NotEqual(0, failed);
        string[] lines = output.Split('\n').Select(l => l.Trim()).ToArray();
        Assert.Contains(lines, l => l.StartsWith($"claims/SING.yaml({nLine},10): error REPRO020: tiers.smoke.parameters.n = -500 is out of range", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("claims/NEST.yaml(1,33): error REPRO019: mappings and lists are nested more than 32 levels deep", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("claims/BIG.yaml(1,1): error REPRO018: claims/BIG.yaml holds 300,016 bytes", StringComparison.Ordinal));
        if (unix)
        {
            Assert.Contains(lines, l => l.StartsWith("claims/FIFO.yaml(1,1): error REPRO017: claims/FIFO.yaml is a named pipe (FIFO)", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("claims/ZERO.yaml(1,1): error REPRO017: claims/ZERO.yaml is a symbolic link to '/dev/zero', outside the repository", StringComparison.Ordinal));
        }

        Assert.DoesNotContain("REPRO000", output);           // the validator itself never crashed
        Assert.DoesNotContain("Stack overflow", output);
        Assert.DoesNotContain("   at ", output);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        int i = text.IndexOf(old, StringComparison.Ordinal);
        return text[..i] + replacement + text[(i + old.Length)..];
    }

    private static string Project(TempRepository repo)
    {
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
        return project;
    }

    // The configuration these tests were built in, so that the target finds the repro.dll built beside them.
    private static string Configuration =>
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    private static (int Code, string Output) MsBuild(string project, string extra = "") =>
        MsBuildProcess.Run(project, $"-p:Configuration={Configuration} {extra}");
}
