using Memorization.Claims;
using Memorization.Claims.Validation;
using Memorization.Configuration;

namespace Memorization.Tests.Claims;

public class ParameterRangeValidatorTests
{
    private static IReadOnlyList<ClaimError> Errors(string smokeParameters)
    {
        string yaml = ClaimYaml.Valid().Replace("      n: 10\n      rho: 0.25\n", smokeParameters);
        using var repo = new TempRepository().WithClaim("FAKE.yaml", yaml);
        return ClaimSuiteFixture.Suite(repo).Errors;
    }

    [Theory]
    [InlineData("      n: -500\n      rho: 0.25\n", "n", "-500", "n (the number of training examples) must be a whole number ≥ 1")]
    [InlineData("      n: 10\n      replicates: 0\n", "replicates", "0", "must be a whole number ≥ 30")]
    [InlineData("      n: 10\n      rho: 1.5\n", "rho", "1.5", "must be a finite number in [0, 1]")]
    [InlineData("      n: 10\n      delta: 0\n", "delta", "0", "must be a finite number in (0, 1]")]
    [InlineData("      n: 10\n      lr_steps: 0\n", "lr_steps", "0", "lr_steps (a number of training steps) must be a whole number ≥ 1")]
    [InlineData("      n: 10\n      dp_momentum: 1\n", "dp_momentum", "1", "must be a finite number in [0, 1)")]
    [InlineData("      n: 10\n      test_size: 0\n", "test_size", "0", "must be a whole number ≥ 1")]
    public void AnOutOfRangeParameterIsREPRO020AtItsOwnLine(string parameters, string name, string value, string message)
    {
        ClaimError error = Assert.Single(Errors(parameters));
        Assert.Equal(ClaimErrorCodes.ParameterOutOfRange, error.Code);
        Assert.Equal($"tiers.smoke.parameters.{name}", error.Field);
        Assert.Equal(name == "n" ? 11 : 12, error.Line); // the parameter's line, not the tier's (9)
        Assert.Equal($"tiers.smoke.parameters.{name} = {value} is out of range: ", error.Message[..$"tiers.smoke.parameters.{name} = {value} is out of range: ".Length]);
        Assert.Contains(message, error.Message);
        Assert.StartsWith("Write ", error.Fix);
    }

    [Theory]
    [InlineData("      n: 5.5\n", "must be a whole number")]
    [InlineData("      n: many\n", "must be a whole number")]
    [InlineData("      n: 10\n      rho: .nan\n", "must be a finite number in [0, 1]")]
    public void AKnownParameterOfTheWrongTypeIsREPRO002(string parameters, string message)
    {
        ClaimError error = Assert.Single(Errors(parameters));
        Assert.Equal(ClaimErrorCodes.WrongType, error.Code);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void AnUnknownParameterIsNotChecked() => Assert.Empty(Errors("      n: 10\n      my_own_knob: -3\n"));

    [Fact]
    public void TheRangesCoverFamiliesBySuffixOnly()
    {
        Assert.Equal("*_steps", ParameterRanges.Find("mlp_steps")!.Name);
        Assert.Equal("steps", ParameterRanges.Find("steps")!.Name);
        Assert.Null(ParameterRanges.Find("_steps_extra"));
        Assert.Equal("*_learning_rate", ParameterRanges.Find("dp_mlp_learning_rate")!.Name);
    }

    [Fact]
    public void EveryClaimFileOfTheRepositoryIsWithinTheRanges()
    {
        string root = ReproSettings.Load(typeof(ParameterRangeValidatorTests).Assembly).RepositoryRoot!;
        var files = new ReproRepository(root).LoadClaimFiles();
        Assert.NotEmpty(files);
        Assert.Empty(new ParameterRangeValidator().Validate(new ClaimValidationContext(files, Memorization.Claims.Measurements.ClaimMeasurementCatalog.Default)));
    }
}
