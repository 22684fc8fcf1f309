using Memorization.Claims.Specs;
using Memorization.Claims.Validation;
using Memorization.Configuration;

namespace Memorization.Tests.Claims;

public class ClaimFileParserTests
{
    private static ClaimParseResult Parse(string yaml, string file = "claims/FAKE.yaml") => ClaimFileParser.Parse(file, yaml);

    private static ClaimError Single(ClaimParseResult result, string code)
    {
        Assert.Null(result.Spec);
        return Assert.Single(result.Errors, e => e.Code == code);
    }

    [Fact]
    public void AValidFileGivesTheSpecWithLocations()
    {
        ClaimParseResult result = Parse(ClaimYaml.Valid());
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        ClaimSpec spec = result.Spec!;
        Assert.Equal("FAKE", spec.Id);
        Assert.Equal(ClaimTask.Hcl, spec.Task);
        Assert.Equal(7UL, spec.Seed);
        Assert.Equal([0.999], spec.ConfidenceLevels);
        Assert.True(spec.FindTier(Tier.Paper)!.RequiresGpu);
        Assert.False(spec.FindTier(Tier.Smoke)!.RequiresGpu);
        Assert.Equal("0.25", spec.FindTier(Tier.Smoke)!.Find("rho")!.Text);
        AssertionSpec assertion = Assert.Single(spec.Assertions);
        Assert.Equal(Comparator.GreaterOrEqual, assertion.Comparator);
        Assert.Equal(0.6, assertion.ThresholdValue);
        Assert.Equal(0.01, spec.FindMetric("accuracy")!.Tolerance!.Absolute);
        Assert.Null(spec.FindMetric("chance")!.Tolerance);
        Assert.Equal(new SourceLocation("claims/FAKE.yaml", 28, 5), assertion.Location);
    }

    [Fact]
    public void AQuotedThresholdIsReportedAsAnMsBuildErrorWithFileLineAndColumn()
    {
        ClaimParseResult result = Parse(ClaimYaml.Valid().Replace("threshold: 0.6", "threshold: \"high\""), "claims/RECON-LR.yaml");
        ClaimError error = Single(result, ClaimErrorCodes.WrongType);
        Assert.Equal(
            "claims/RECON-LR.yaml(30,16): error REPRO002: assertions[0].threshold must be a number, not the quoted text \"high\". " +
            "Fix: Write an unquoted decimal number, e.g. 0.05.",
            ClaimErrorFormatter.MsBuild(error));
    }

    [Fact]
    public void AListWhereANumberBelongsIsTheWrongType()
    {
        ClaimError error = Single(Parse(ClaimYaml.Valid().Replace("threshold: 0.6", "threshold: [0.6]")), ClaimErrorCodes.WrongType);
        Assert.Contains("threshold must be a number, not a list", error.Message);
    }

    [Fact]
    public void AnUnknownFieldNamesItselfAndTheValidFields()
    {
        ClaimError error = Single(Parse(ClaimYaml.Valid().Replace("seed: 7", "seed: 7\nsede: 8")), ClaimErrorCodes.UnknownField);
        Assert.Equal("sede", error.Field);
        Assert.Contains("unknown field 'sede'", error.Message);
        Assert.Contains("id, title, statement, source, task, seed", error.Fix);
        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void AMisspeltTierIsAnUnknownField()
    {
        ClaimError error = Assert.Single(Parse(ClaimYaml.Valid().Replace("  smoke:", "  smok:")).Errors, e => e.Code == ClaimErrorCodes.UnknownField);
        Assert.Equal("tiers.smok", error.Field);
        Assert.Contains("smoke, paper, tiny", error.Fix);
    }

    [Fact]
    public void MalformedYamlGivesItsPosition()
    {
        ClaimError error = Single(Parse("id: FAKE\ntitle: [unclosed\nsource: x\n"), ClaimErrorCodes.MalformedYaml);
        Assert.StartsWith("malformed YAML", error.Message);
        Assert.True(error.Line >= 2, error.ToString());
    }

    [Fact]
    public void ATopLevelListIsMalformed() =>
        Assert.Contains("mapping of fields", Single(Parse("- a\n- b\n"), ClaimErrorCodes.MalformedYaml).Message);

    [Fact]
    public void TwoDocumentsAreMalformed() =>
        Assert.Contains("2 YAML documents", Single(Parse(ClaimYaml.Valid() + "\n---\nid: OTHER\n"), ClaimErrorCodes.MalformedYaml).Message);

    [Theory]
    [InlineData("title: !!python/object/apply:os.system ['rm -rf /']", "!!python/object/apply:os.system")]
    [InlineData("title: !System.Diagnostics.Process {}", "!System.Diagnostics.Process")]
    [InlineData("title: !!str tagged", "tag:yaml.org,2002:str")]
    public void YamlThatNamesATypeIsRefused(string line, string tag)
    {
        ClaimParseResult result = Parse(ClaimYaml.Valid().Replace("title: A fake claim for tests", line));
        Assert.Null(result.Spec);
        ClaimError error = Assert.Single(result.Errors);
        Assert.Equal(ClaimErrorCodes.ForbiddenYamlFeature, error.Code);
        Assert.Contains("never instantiate types", error.Message);
        Assert.Contains(tag.TrimStart('!'), error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void AnchorsAndAliasesAreRefused()
    {
        string yaml = ClaimYaml.Valid().Replace("statement: The fake learner is accurate.", "statement: &s The fake learner is accurate.")
            .Replace("source: tests", "source: *s");
        ClaimParseResult result = Parse(yaml);
        Assert.Null(result.Spec);
        Assert.Equal(2, result.Errors.Count(e => e.Code == ClaimErrorCodes.ForbiddenYamlFeature));
        Assert.Contains(result.Errors, e => e.Message.Contains("anchor '&s'"));
        Assert.Contains(result.Errors, e => e.Message.Contains("alias '*s'"));
    }

    [Fact]
    public void AMissingRequiredFieldSaysWhichAndGivesAnExample()
    {
        ClaimError error = Single(Parse(ClaimYaml.Valid().Replace("seed: 7\n", "")), ClaimErrorCodes.MissingField);
        Assert.Equal("seed", error.Field);
        Assert.Contains("missing the required field 'seed'", error.Message);
        Assert.Contains("seed: 123", error.Fix);
    }

    [Theory]
    [InlineData("confidence: 0.999", "confidence: 1.5")]
    [InlineData("confidence: 0.999", "confidence: 0")]
    public void AConfidenceOutsideZeroOneIsOutOfRange(string from, string to)
    {
        ClaimError error = Single(Parse(ClaimYaml.Valid().Replace("    " + from, "    " + to)), ClaimErrorCodes.OutOfRange);
        Assert.Contains("strictly between 0 and 1", error.Message);
    }

    [Fact]
    public void ANegativeToleranceIsOutOfRange() =>
        Assert.Contains("is negative", Single(Parse(ClaimYaml.Valid().Replace("absolute: 0.01", "absolute: -0.01")), ClaimErrorCodes.OutOfRange).Message);

    [Fact]
    public void AnUnknownComparatorListsTheValidOnes()
    {
        ClaimError error = Single(Parse(ClaimYaml.Valid(comparator: "=>")), ClaimErrorCodes.WrongType);
        Assert.Contains("'=>' is not a comparator", error.Message);
        Assert.Contains(">, >=, <, <=", error.Fix);
    }

    [Fact]
    public void AnUnknownTaskListsTheValidOnes() =>
        Assert.Contains("hcl, nsp, both", Single(Parse(ClaimYaml.Valid().Replace("task: hcl", "task: image")), ClaimErrorCodes.WrongType).Fix);

    [Fact]
    public void AThresholdMayNameAnotherMetric()
    {
        ClaimSpec spec = Parse(ClaimYaml.Valid().Replace("threshold: 0.6", "threshold: chance")).Spec!;
        Assert.Equal("chance", spec.Assertions[0].ThresholdMetric);
        Assert.Null(spec.Assertions[0].ThresholdValue);
    }

    [Fact]
    public void EveryProblemOfAFileIsReportedInOnePass()
    {
        string yaml = ClaimYaml.Valid().Replace("seed: 7", "seed: seven").Replace("threshold: 0.6", "threshold: \"x\"").Replace("unit: fraction\n    tolerance", "units: fraction\n    tolerance");
        ClaimParseResult result = Parse(yaml);
        Assert.Contains(result.Errors, e => e.Field == "seed" && e.Code == ClaimErrorCodes.WrongType);
        Assert.Contains(result.Errors, e => e.Field == "assertions[0].threshold");
        Assert.Contains(result.Errors, e => e.Code == ClaimErrorCodes.UnknownField && e.Field == "metrics[0].units");
        Assert.Contains(result.Errors, e => e.Code == ClaimErrorCodes.MissingField && e.Field == "metrics[0].unit");
    }
}
