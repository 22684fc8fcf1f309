using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Nsp;
using Memorization.Claims.Specs;
using Memorization.Configuration;

namespace Memorization.Tests.Claims.Nsp;

/// <summary>Reading the NSP experiment's tier block (claims/NSP-*.yaml) into an <see cref="NspExperimentSetup"/>.</summary>
public class NspExperimentSetupTests
{
    private static readonly (string Name, string Value)[] Smoke =
    [
        ("n", "64"), ("dimension", "64"), ("subpopulations", "192"), ("delta", "0.1"), ("test_size", "100"),
        ("d_model", "32"), ("layers", "2"), ("heads", "4"), ("feed_forward", "128"), ("learning_rate", "0.02"),
        ("steps", "450"), ("checkpoint_every", "150"), ("input_noise", "0.03"), ("prompt_length", "16"),
        ("informed_probes", "31"), ("fresh_controls", "4"),
    ];

    private static ClaimCase Case(params (string Name, string Value)[] parameters)
    {
        SourceLocation at = SourceLocation.StartOf("claims/NSP-ACC.yaml");
        var tier = new TierSpec(Tier.Smoke, false, parameters.Select(p => new ClaimParameter(p.Name, p.Value, at)).ToArray(), at);
        var claim = new ClaimSpec("NSP-ACC", "t", "s", "src", ClaimTask.Nsp, 123, [0.9999], [tier], [], [], at);
        return new ClaimCase(claim, tier, "cpu", 123);
    }

    private static (string, string)[] With(string name, string value) =>
        Smoke.Where(p => p.Name != name).Append((name, value)).ToArray();

    private static (string, string)[] Without(string name) => Smoke.Where(p => p.Name != name).ToArray();

    [Fact]
    public void TheSmokeBlockIsReadIntoDataModelAndAttackSettings()
    {
        NspExperimentSetup setup = NspExperimentSetup.From(Case(Smoke));
        Assert.Equal(64, setup.Parameters.TrainingSize);
        Assert.Equal(192, setup.Parameters.Subpopulations);
        Assert.Equal(0.05, setup.Parameters.NoiseRate, 12);
        Assert.Equal(32, setup.Model.ModelDimension);
        Assert.Equal(0.03, setup.Model.InputNoiseRate);
        Assert.Null(setup.Model.BatchSize);
        Assert.Equal(16, setup.PromptLength);
        Assert.Equal(4, setup.FreshControls);
        Assert.Equal(64L * 64, setup.TrainingBits);
    }

    [Fact]
    public void OptionalAttackSettingsHaveDocumentedDefaults()
    {
        NspExperimentSetup setup = NspExperimentSetup.From(Case(Without("prompt_length").Where(p => p.Item1 is not "fresh_controls" and not "informed_probes" and not "input_noise").ToArray()));
        Assert.Equal(16, setup.PromptLength);   // d/4
        Assert.Equal(31, setup.ProbeCount);
        Assert.Equal(1, setup.FreshControls);
        Assert.Equal(0.0, setup.Model.InputNoiseRate);
    }

    [Fact]
    public void SetupsThatDifferInAnyTrainingSettingHaveDifferentKeys()
    {
        string key = NspExperimentSetup.From(Case(Smoke)).Key("cpu");
        Assert.Equal(key, NspExperimentSetup.From(Case(Smoke)).Key("cpu"));
        Assert.NotEqual(key, NspExperimentSetup.From(Case(Smoke)).Key("cuda"));
        Assert.NotEqual(key, NspExperimentSetup.From(Case(With("input_noise", "0.05"))).Key("cpu"));
        Assert.NotEqual(key, NspExperimentSetup.From(Case(With("fresh_controls", "2"))).Key("cpu"));
    }

    [Fact]
    public void ThePersistentMemoryArchitectureNeedsSlotsAndNotTheTransformersWidths()
    {
        (string, string)[] memory = Smoke.Where(p => p.Name is not "d_model" and not "layers" and not "heads" and not "feed_forward")
            .Append(("architecture", "persistent-memory")).Append(("memory_slots", "128")).ToArray();
        NspExperimentSetup setup = NspExperimentSetup.From(Case(memory));
        Assert.Equal(Memorization.Learners.Sequence.SequenceArchitecture.PersistentMemory, setup.Model.Architecture);
        Assert.Equal(128, setup.Model.MemorySlots);
        Assert.NotEqual(NspExperimentSetup.From(Case(Smoke)).Key("cpu"), setup.Key("cpu"));

        var missing = Assert.Throws<ClaimParameterException>(() => NspExperimentSetup.From(Case(memory.Where(p => p.Item1 != "memory_slots").ToArray())));
        Assert.Contains("'memory_slots'", missing.Message);
        var unknown = Assert.Throws<ClaimParameterException>(() => NspExperimentSetup.From(Case(With("architecture", "lstm"))));
        Assert.Contains("architecture = 'lstm'", unknown.Message);
        Assert.Contains("transformer, persistent-memory", unknown.Message);
    }

    [Fact]
    public void AMissingParameterIsNamedWithItsFix()
    {
        var ex = Assert.Throws<ClaimParameterException>(() => NspExperimentSetup.From(Case(Without("d_model"))));
        Assert.Contains("'d_model'", ex.Message);
        Assert.Contains("Add 'd_model: <value>'", ex.Message);
    }

    [Theory]
    [InlineData("delta", "1.5", "δ")]
    [InlineData("heads", "5", "Heads")]
    [InlineData("input_noise", "0.5", "InputNoiseRate")]
    [InlineData("prompt_length", "64", "PromptLength")]
    [InlineData("fresh_controls", "0", "FreshControlsPerSingleton")]
    public void AnImpossibleValueIsAClaimParameterErrorNamingTheFieldAndTier(string name, string value, string field)
    {
        var ex = Assert.Throws<ClaimParameterException>(() => NspExperimentSetup.From(Case(With(name, value))));
        Assert.Contains("claims/NSP-ACC.yaml", ex.Message);
        Assert.Contains("tier smoke", ex.Message);
        Assert.Contains(field, ex.Message);
    }
}
