using Memorization.Cli;
using Memorization.Configuration;
using Memorization.Tests.Claims;

namespace Memorization.Tests.Cli;

/// <summary>
/// A CI run never rewrites baselines: <c>repro baseline update</c>, <c>REPRO_UPDATE_BASELINES</c> and
/// <c>UpdateBaselines=true</c> (run time and build) are refused under CI=true unless the override is given.
/// </summary>
public class NeverAcceptInCiTests
{
    private static readonly string RepositoryRoot = ReproSettings.Load(typeof(NeverAcceptInCiTests).Assembly).RepositoryRoot!;

    private static TempRepository Repo() => new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());

    private static Func<string, string?> From(params (string Key, string Value)[] pairs) => key => pairs.FirstOrDefault(p => p.Key == key).Value;

    [Fact]
    public void BaselineUpdateIsRefusedUnderCiNamingTheOverrideAndWritesNothing()
    {
        using var repo = Repo();
        var ci = new Dictionary<string, string> { ["CI"] = "true" };
        var (code, stdout, stderr) = CliHarness.ReproSplit(repo, FakeMeasurement.Catalog(), ci, "baseline", "update");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", stdout);
        Assert.Contains("repro baseline update asks to rewrite baselines/, and this is a CI run (CI=true)", stderr);
        Assert.Contains("REPRO_ALLOW_BASELINE_UPDATE_IN_CI=1", stderr);
        Assert.Contains("--allow-in-ci", stderr);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "baselines")));
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "artifacts")), "nothing may run");
    }

    [Theory]
    [InlineData("--allow-in-ci", null)]
    [InlineData(null, "1")]
    public void TheOverrideLetsACiRunRewriteBaselines(string? option, string? variable)
    {
        using var repo = Repo();
        var env = new Dictionary<string, string> { ["CI"] = "true" };
        if (variable is not null)
        {
            env[ContinuousIntegration.AllowBaselineUpdateVariable] = variable;
        }

        string[] args = option is null ? ["baseline", "update"] : ["baseline", "update", option];
        var (code, _, stderr) = CliHarness.ReproSplit(repo, FakeMeasurement.Catalog(), env, args);
        Assert.True(code == ExitCodes.Ok, stderr);
        Assert.True(File.Exists(Path.Combine(repo.Root, "baselines", "FAKE", "smoke.cpu.json")));
    }

    [Fact]
    public void OutsideCiBaselineUpdateNeedsNoOverride()
    {
        using var repo = Repo();
        var (code, _, stderr) = CliHarness.ReproSplit(repo, FakeMeasurement.Catalog(), new Dictionary<string, string> { ["CI"] = "false" }, "baseline", "update");
        Assert.True(code == ExitCodes.Ok, stderr);
    }

    [Theory]
    [InlineData(ReproSettings.UpdateBaselinesVariable, "true", "REPRO_UPDATE_BASELINES=true asks to rewrite baselines/")]
    [InlineData("(build)", "true", "UpdateBaselines=true asks to rewrite baselines/")]
    public void UpdateBaselinesSettingsAreRefusedUnderCi(string variable, string value, string message)
    {
        Func<string, string?> build = variable == "(build)" ? From(("UpdateBaselines", value)) : From();
        Func<string, string?> ci = variable == "(build)" ? From(("CI", "true")) : From(("CI", "true"), (variable, value));
        var ex = Assert.Throws<InvalidOptionException>(() => ReproSettings.Load(build, ci));
        Assert.StartsWith(message, ex.Message);
        Assert.Contains(ContinuousIntegration.AllowBaselineUpdateVariable + "=1", ex.Message);

        Func<string, string?> allowed = variable == "(build)"
            ? From(("CI", "true"), (ContinuousIntegration.AllowBaselineUpdateVariable, "1"))
            : From(("CI", "true"), (variable, value), (ContinuousIntegration.AllowBaselineUpdateVariable, "1"));
        Assert.True(ReproSettings.Load(build, allowed).UpdateBaselines);
        Assert.True(ReproSettings.Load(build, variable == "(build)" ? From() : From((variable, value))).UpdateBaselines); // not CI: allowed
    }

    [Fact]
    public void CiIsRecognisedInItsUsualSpellings()
    {
        Assert.True(ContinuousIntegration.IsActive(From(("CI", "true"))));
        Assert.True(ContinuousIntegration.IsActive(From(("CI", "1"))));
        Assert.True(ContinuousIntegration.IsActive(From(("CI", "True"))));
        Assert.False(ContinuousIntegration.IsActive(From(("CI", "false"))));
        Assert.False(ContinuousIntegration.IsActive(From()));
    }

    /// <summary>The build's side (Directory.Build.targets, REPRO023), with the real targets: about 3 s per msbuild run.</summary>
    [Fact]
    public void TheBuildRefusesUpdateBaselinesUnderCiUnlessOverridden()
    {
        using var repo = new TempRepository();
        string project = Path.Combine(repo.Root, "check.proj");
        File.WriteAllText(project, $"""
            <Project DefaultTargets="ReproCheckProperties">
              <Import Project="{Path.Combine(RepositoryRoot, "Directory.Build.props")}" />
              <Import Project="{Path.Combine(RepositoryRoot, "Directory.Build.targets")}" />
            </Project>
            """);

        var (refused, output) = MsBuild(project, ("CI", "true"));
        Assert.NotEqual(0, refused);
        Assert.Contains("error REPRO023: UpdateBaselines=true asks to rewrite baselines/, and this is a CI build (CI=true)", output);
        Assert.Contains("REPRO_ALLOW_BASELINE_UPDATE_IN_CI=1", output);

        var (allowed, clean) = MsBuild(project, ("CI", "true"), (ContinuousIntegration.AllowBaselineUpdateVariable, "1"));
        Assert.True(allowed == 0, clean);
        var (local, notCi) = MsBuild(project, ("CI", "false"));
        Assert.True(local == 0, notCi);
    }

    private static (int Code, string Output) MsBuild(string project, params (string Key, string Value)[] variables) =>
        MsBuildProcess.Run(project, "-p:UpdateBaselines=true", variables, removed: [ContinuousIntegration.AllowBaselineUpdateVariable]);
}
