using Memorization.Claims;
using Memorization.Claims.Specs;
using Memorization.Claims.Validation;
using Memorization.Configuration;

namespace Memorization.Tests.Claims.Specs;

/// <summary>Claims that name a shared experiment (claims/experiments/&lt;name&gt;.yaml) instead of pasting its tiers.</summary>
public class SharedExperimentTests
{
    private const string Experiment = ExperimentYaml.Demo;

    // ClaimYaml.Valid()'s own tiers block, which the claims below replace with the experiment's name (line 8).
    private const string OwnTiers = "tiers:\n  smoke:\n    parameters:\n      n: 10\n      rho: 0.25\n  paper:\n    gpu: true\n    parameters:\n      n: 500\n";

    private static string Naming(string experiment, string tiers = "tiers:\n  paper:\n    gpu: true\n", string id = "FAKE")
    {
        string yaml = ClaimYaml.Valid(id);
        Assert.Contains(OwnTiers, yaml);
        return yaml.Replace(OwnTiers, $"experiment: {experiment}\n{tiers}");
    }

    private static ClaimSuite Suite(TempRepository repo) => ClaimSuiteFixture.Suite(repo);

    [Fact]
    public void AClaimNamingAnExperimentGetsItsParametersAndKeepsItsGpuFlag()
    {
        using var repo = new TempRepository().WithExperiment("demo", Experiment).WithClaim("FAKE.yaml", Naming("demo"));
        ClaimSuite suite = Suite(repo);
        Assert.Empty(suite.Errors);
        ClaimSpec claim = suite.Find("FAKE");
        ExperimentSpec experiment = Assert.Single(suite.Experiments).Spec!;
        Assert.Equal("demo", claim.Experiment);
        Assert.Equal(experiment.FindTier(Tier.Smoke)!.Parameters, claim.FindTier(Tier.Smoke)!.Parameters);
        Assert.Equal(experiment.FindTier(Tier.Paper)!.Parameters, claim.FindTier(Tier.Paper)!.Parameters);
        Assert.Equal(new SourceLocation("claims/experiments/demo.yaml", 7, 12), claim.FindTier(Tier.Smoke)!.Find("rho")!.Location);
        Assert.False(claim.FindTier(Tier.Smoke)!.RequiresGpu);
        Assert.True(claim.FindTier(Tier.Paper)!.RequiresGpu);
        Assert.Null(claim.FindTier(Tier.Tiny));
    }

    [Fact]
    public void AnUnknownExperimentIsREPRO021AtTheClaimsLine()
    {
        using var repo = new TempRepository().WithExperiment("demo", Experiment).WithClaim("FAKE.yaml", Naming("dmeo"));
        ClaimError error = Assert.Single(Suite(repo).Errors);
        Assert.Equal((ClaimErrorCodes.UnknownExperiment, "claims/FAKE.yaml", 8, "experiment"), (error.Code, error.File, error.Line, error.Field));
        Assert.Equal("experiment 'dmeo' is not defined: there is no claims/experiments/dmeo.yaml.", error.Message);
        Assert.Contains("(defined: demo)", error.Fix);
    }

    [Fact]
    public void ParametersBesideAnExperimentAreREPRO022AtTheirLine()
    {
        string claim = Naming("demo", "tiers:\n  smoke:\n    parameters:\n      n: 20\n");
        using var repo = new TempRepository().WithExperiment("demo", Experiment).WithClaim("FAKE.yaml", claim);
        ClaimError error = Assert.Single(Suite(repo).Errors);
        Assert.Equal((ClaimErrorCodes.ExperimentParametersOverridden, 11, "tiers.smoke.parameters"), (error.Code, error.Line, error.Field));
        Assert.Contains("the claim names experiment 'demo', which sets the parameters of every tier", error.Message);
        Assert.Contains("trains the shared model a second time", error.Message);
        Assert.Contains("edit claims/experiments/demo.yaml", error.Fix);
    }

    [Fact]
    public void AGpuFlagForATierTheExperimentLacksIsREPRO005()
    {
        using var repo = new TempRepository().WithExperiment("demo", Experiment)
            .WithClaim("FAKE.yaml", Naming("demo", "tiers:\n  tiny:\n    gpu: true\n"));
        ClaimError error = Assert.Single(Suite(repo).Errors);
        Assert.Equal((ClaimErrorCodes.TierWithoutParameters, "tiers.tiny", 11), (error.Code, error.Field, error.Line)); // the tier's mapping, as for claims
        Assert.Contains("experiment 'demo' defines no tiny tier", error.Message);
    }

    [Fact]
    public void AClaimWithNeitherTiersNorExperimentSaysBoth()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid().Replace(OwnTiers, ""));
        ClaimError error = Assert.Single(Suite(repo).Errors);
        Assert.Equal((ClaimErrorCodes.MissingField, "tiers"), (error.Code, error.Field));
        Assert.Contains("experiment: hcl", error.Fix);
    }

    [Fact]
    public void AnExperimentWithProblemsIsReportedAtItsFileAndItsClaimsAreUnusable()
    {
        using var repo = new TempRepository().WithExperiment("demo", Experiment.Replace("title:", "titel:"))
            .WithClaim("FAKE.yaml", Naming("demo"));
        ClaimSuite suite = Suite(repo);
        Assert.Contains(suite.Errors, e => e.Code == ClaimErrorCodes.UnknownField && e.File == "claims/experiments/demo.yaml" && e.Line == 2 && e.Field == "titel");
        Assert.Contains(suite.Errors, e => e.Code == ClaimErrorCodes.MissingField && e.File == "claims/experiments/demo.yaml" && e.Field == "title");
        ClaimError claim = Assert.Single(suite.Errors, e => e.File == "claims/FAKE.yaml");
        Assert.Equal(ClaimErrorCodes.UnknownExperiment, claim.Code);
        Assert.Contains("claims/experiments/demo.yaml has problems", claim.Message);
        Assert.Empty(suite.Claims);
    }

    [Fact]
    public void AnOutOfRangeParameterIsReportedOnceAtTheExperimentFileHoweverManyClaimsNameIt()
    {
        using var repo = new TempRepository().WithExperiment("demo", Experiment.Replace("n: 10", "n: -10"))
            .WithClaim("FAKE.yaml", Naming("demo")).WithClaim("OTHER.yaml", Naming("demo", id: "OTHER"));
        ClaimError error = Assert.Single(Suite(repo).Errors, e => e.Code == ClaimErrorCodes.ParameterOutOfRange);
        Assert.Equal(("claims/experiments/demo.yaml", 6, "tiers.smoke.parameters.n"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void AnExperimentNobodyNamesIsStillValidated()
    {
        using var repo = new TempRepository().WithExperiment("demo", Experiment.Replace("rho: 0.25", "rho: 2")).WithClaim("FAKE.yaml", ClaimYaml.Valid());
        ClaimError error = Assert.Single(Suite(repo).Errors);
        Assert.Equal((ClaimErrorCodes.ParameterOutOfRange, "claims/experiments/demo.yaml", 7), (error.Code, error.File, error.Line));
    }
}
