using System.Text.Json.Nodes;
using Memorization.Claims.Specs;
using Memorization.Configuration;

namespace Memorization.Tests.Claims;

/// <summary>claims/claim.schema.json documents exactly the fields the parser accepts.</summary>
public class ClaimSchemaTests
{
    private static readonly JsonNode Schema = JsonNode.Parse(File.ReadAllText(Path.Combine(
        ReproSettings.Load(typeof(ClaimSchemaTests).Assembly).RepositoryRoot!, "claims", "claim.schema.json")))!;

    private static string[] Keys(JsonNode node) => node["properties"]!.AsObject().Select(p => p.Key).Order().ToArray();

    [Fact]
    public void TopLevelFieldsAgree() => Assert.Equal(ClaimFileParser.TopFields.Order(), Keys(Schema));

    [Fact]
    public void TierMetricToleranceAndAssertionFieldsAgree()
    {
        JsonNode defs = Schema["$defs"]!;
        Assert.Equal(ClaimFileParser.TierFields.Order(), Keys(defs["tier"]!));
        Assert.Equal(ClaimFileParser.MetricFields.Order(), Keys(defs["metric"]!));
        Assert.Equal(ClaimFileParser.ToleranceFields.Order(), Keys(defs["metric"]!["properties"]!["tolerance"]!));
        Assert.Equal(ClaimFileParser.AssertionFields.Order(), Keys(defs["assertion"]!));
        Assert.Equal(OptionParser.ValidSpellings<Tier>().Order(), Keys(Schema["properties"]!["tiers"]!));
    }

    [Fact]
    public void TheExperimentSchemaHasTheExperimentParsersFields()
    {
        JsonNode experiment = JsonNode.Parse(File.ReadAllText(Path.Combine(
            ReproSettings.Load(typeof(ClaimSchemaTests).Assembly).RepositoryRoot!, "claims", "experiment.schema.json")))!;
        Assert.Equal(ExperimentFileParser.TopFields.Order(), Keys(experiment));
        Assert.Equal(ExperimentFileParser.TierFields.Order(), Keys(experiment["$defs"]!["tier"]!));
        Assert.Equal(OptionParser.ValidSpellings<Tier>().Order(), Keys(experiment["properties"]!["tiers"]!));
        Assert.Equal(["gpu"], Keys(Schema["$defs"]!["gpuOnlyTier"]!));
    }

    [Fact]
    public void ComparatorsAgree() =>
        Assert.Equal(ComparatorText.Valid, Schema["$defs"]!["assertion"]!["properties"]!["comparator"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
}
