using Memorization.Claims;
using Memorization.Claims.Measurements;
using Memorization.Claims.Validation;

namespace Memorization.Tests.Claims;

public class ClaimValidationTests
{
    private static IReadOnlyList<ClaimError> Validate(ClaimMeasurementCatalog? catalog = null, params (string File, string Yaml)[] files)
    {
        using var repo = new TempRepository();
        foreach ((string file, string yaml) in files)
        {
            repo.WithClaim(file, yaml);
        }

        return new ClaimSuite(repo.Repository, catalog ?? FakeMeasurement.Catalog(), _ => throw new InvalidOperationException("no device in validation")).Errors;
    }

    [Fact]
    public void AValidClaimWithItsMeasurementHasNoProblem() =>
        Assert.Empty(Validate(null, ("FAKE.yaml", ClaimYaml.Valid())));

    [Fact]
    public void ADuplicateIdIsReportedOnTheSecondFile()
    {
        var errors = Validate(null, ("FAKE.yaml", ClaimYaml.Valid()), ("OTHER.yaml", ClaimYaml.Valid()));
        ClaimError duplicate = Assert.Single(errors, e => e.Code == ClaimErrorCodes.DuplicateId);
        Assert.Equal("claims/OTHER.yaml", duplicate.File);
        Assert.Contains("duplicate claim id 'FAKE': claims/FAKE.yaml declares it too", duplicate.Message);
        Assert.Contains(errors, e => e.Code == ClaimErrorCodes.BadId && e.Message.Contains("differs from the file name 'OTHER'"));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("SING/../../x")]
    [InlineData("sing")]
    [InlineData("/abs")]
    public void AnIdThatCouldEscapeTheFoldersIsRefused(string id)
    {
        ClaimError error = Assert.Single(Validate(null, ("FAKE.yaml", ClaimYaml.Valid(id: $"\"{id}\""))), e => e.Code == ClaimErrorCodes.BadId);
        Assert.Contains("^[A-Z][A-Z0-9-]*$", error.Message);
        Assert.Contains("outside claims/ or baselines/", error.Message);
    }

    [Fact]
    public void ATierWithoutParametersIsReported()
    {
        string yaml = ClaimYaml.Valid().Replace("    parameters:\n      n: 500\n", "    parameters: {}\n");
        ClaimError error = Assert.Single(Validate(null, ("FAKE.yaml", yaml)), e => e.Code == ClaimErrorCodes.TierWithoutParameters);
        Assert.Equal("tiers.paper.parameters", error.Field);
        Assert.Contains("tier paper of claim FAKE has no parameters", error.Message);
    }

    [Fact]
    public void AClaimWithoutThePaperTierIsReported()
    {
        string yaml = ClaimYaml.Valid().Replace("  paper:\n    gpu: true\n    parameters:\n      n: 500\n", "");
        ClaimError error = Assert.Single(Validate(null, ("FAKE.yaml", yaml)), e => e.Code == ClaimErrorCodes.TierWithoutParameters);
        Assert.Contains("does not define the paper tier", error.Message);
    }

    [Fact]
    public void AMetricNoCodeMeasuresIsReported()
    {
        string yaml = ClaimYaml.Valid().Replace("name: chance", "name: chanse");
        var errors = Validate(null, ("FAKE.yaml", yaml));
        ClaimError error = Assert.Single(errors, e => e.Code == ClaimErrorCodes.UnmeasuredMetric);
        Assert.Contains("metric 'chanse' is measured by no code: FakeMeasurement reports accuracy, chance", error.Message);
        Assert.Equal(24, error.Line);
    }

    [Fact]
    public void AClaimNoMeasurementIsRegisteredForIsReported()
    {
        ClaimError error = Assert.Single(Validate(FakeMeasurement.Catalog(new FakeMeasurement("OTHER")), ("FAKE.yaml", ClaimYaml.Valid())));
        Assert.Equal(ClaimErrorCodes.UnmeasuredMetric, error.Code);
        Assert.Contains("no code measures claim FAKE", error.Message);
        Assert.Contains("ClaimMeasurementCatalog.Default", error.Fix);
    }

    [Fact]
    public void AnAssertionOnAnUndeclaredMetricIsReported()
    {
        ClaimError error = Assert.Single(Validate(null, ("FAKE.yaml", ClaimYaml.Valid().Replace("threshold: 0.6", "threshold: luck"))));
        Assert.Equal(ClaimErrorCodes.UnknownMetricReference, error.Code);
        Assert.Contains("threshold 'luck' must be a number or the name of a declared metric", error.Message);
        Assert.Contains("accuracy, chance", error.Fix);
    }

    [Fact]
    public void TheFalseAlarmBudgetIsEnforcedAcrossClaims()
    {
        var catalog = FakeMeasurement.Catalog(new FakeMeasurement("A"), new FakeMeasurement("B"));
        var errors = Validate(catalog, ("A.yaml", ClaimYaml.Valid(id: "A", confidence: 0.99)), ("B.yaml", ClaimYaml.Valid(id: "B", confidence: 0.995)));
        ClaimError error = Assert.Single(errors);
        Assert.Equal(ClaimErrorCodes.FalseAlarmBudget, error.Code);
        Assert.Contains("1.500 %", error.Message);
        Assert.Contains("claim A spends the most", error.Message);
    }

    [Fact]
    public void TheBudgetIsTheSumOfOneMinusConfidenceAndTheToleranceChecks()
    {
        using var repo = new TempRepository();
        repo.WithClaim("FAKE.yaml", ClaimYaml.Valid(confidence: 0.998));
        var suite = new ClaimSuite(repo.Repository, FakeMeasurement.Catalog());
        Assert.Equal(0.002, FalseAlarmBudget.AssertionsSpent(suite.Claims), 12);
        // Each metric compared with a baseline adds α_tol = 2(1 − Φ(7/√2)) ≈ 7.4e-7.
        Assert.Equal(7.43098e-7, FalseAlarmBudget.ToleranceFalseAlarm, 11);
        int tolerances = FalseAlarmBudget.ToleranceChecks(suite.Claims);
        Assert.True(tolerances > 0);
        Assert.Equal(0.002 + (tolerances * FalseAlarmBudget.ToleranceFalseAlarm), FalseAlarmBudget.Spent(suite.Claims), 12);
    }

    [Fact]
    public void TextFormatNamesTheField()
    {
        var error = new ClaimError("claims/X.yaml", 3, 5, "seed", ClaimErrorCodes.WrongType, "seed must be a non-negative integer, not 'x'.", "Write 123.");
        Assert.Equal("claims/X.yaml:3:5 REPRO002 seed: seed must be a non-negative integer, not 'x'. Fix: Write 123.", ClaimErrorFormatter.Text(error));
        Assert.Equal("claims/X.yaml(3,5): error REPRO002: seed must be a non-negative integer, not 'x'. Fix: Write 123.", ClaimErrorFormatter.MsBuild(error));
    }
}
