using Memorization.Claims.Specs;
using Memorization.Claims.Validation;
using Memorization.Configuration;

namespace Memorization.Tests.Claims.Specs;

public class ExperimentFileParserTests
{
    private const string Valid = ExperimentYaml.Demo;

    private static ExperimentParseResult Parse(string yaml) => ExperimentFileParser.Parse("claims/experiments/demo.yaml", yaml);

    private static ClaimError Single(string yaml, string code)
    {
        ExperimentParseResult result = Parse(yaml);
        Assert.Null(result.Spec);
        return Assert.Single(result.Errors, e => e.Code == code);
    }

    [Fact]
    public void AValidFileGivesTheSpecWithLocations()
    {
        ExperimentParseResult result = Parse(Valid);
        Assert.Empty(result.Errors);
        Assert.Equal("demo", result.Spec!.Name);
        Assert.Equal(new SourceLocation("claims/experiments/demo.yaml", 10, 10), result.Spec.FindTier(Tier.Paper)!.Find("n")!.Location);
    }

    [Fact]
    public void ANameOtherThanTheFileNameIsREPRO007()
    {
        ClaimError error = Single(Valid.Replace("name: demo", "name: other"), ClaimErrorCodes.BadId);
        Assert.Equal(("name", 1), (error.Field, error.Line));
        Assert.Equal("experiment name 'other' differs from the file name 'demo'.", error.Message);
        Assert.StartsWith("Name the experiment after its file: name: demo", error.Fix);
    }

    [Fact]
    public void AGpuFlagBelongsToTheClaims()
    {
        ClaimError error = Single(Valid.Replace("  paper:\n", "  paper:\n    gpu: true\n"), ClaimErrorCodes.UnknownField);
        Assert.Equal(("tiers.paper.gpu", 9), (error.Field, error.Line));
        Assert.Contains("in the claim files that need a GPU", error.Fix);
    }

    [Fact]
    public void AMissingPaperTierIsREPRO005()
    {
        ClaimError error = Single(Valid[..Valid.IndexOf("  paper:", StringComparison.Ordinal)], ClaimErrorCodes.TierWithoutParameters);
        Assert.Equal("tiers.paper", error.Field);
        Assert.Equal("the experiment does not define the paper tier.", error.Message);
    }

    [Fact]
    public void AnUnknownTopFieldNamesTheValidOnes()
    {
        ClaimError error = Single(Valid + "\nseed: 3", ClaimErrorCodes.UnknownField);
        Assert.Equal(("seed", 11), (error.Field, error.Line));
        Assert.Equal("unknown field 'seed' in the experiment.", error.Message);
        Assert.Equal("Valid fields: name, title, tiers.", error.Fix);
    }

    [Fact]
    public void TagsAndMalformedYamlAreRefusedAsInClaimFiles()
    {
        ClaimError tag = Single(Valid.Replace("n: 10", "n: !!str 10"), ClaimErrorCodes.ForbiddenYamlFeature);
        Assert.Contains("experiment files are plain data", tag.Message);
        ClaimError malformed = Single("name: demo\ntitle: [unclosed\n", ClaimErrorCodes.MalformedYaml);
        Assert.True(malformed.Line >= 2, malformed.ToString());
        Assert.Equal("the experiment file is empty.", Single("", ClaimErrorCodes.MalformedYaml).Message);
    }
}
