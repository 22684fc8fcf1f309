using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Privacy;
using Memorization.Claims.Specs;
using Memorization.Configuration;

namespace Memorization.Tests.Claims.Privacy;

public class PrivacySweepSetupTests
{
    private const string Block = """
              subpopulations: 10
              dimension: 20
              rho: 0.25
              epsilons: "8, 0.5, 2"
              intermediate_epsilon: 2
              dp_clip: 1
              dp_steps: 10
              dp_learning_rate: 0.1
              dp_momentum: 0.9

        """;

    private static ClaimCase Case(string edit = "")
    {
        string parameters = Block + edit;
        string yaml = ClaimYaml.Valid().Replace("      n: 10\n      rho: 0.25\n", "      n: 10\n" + parameters.Replace("        ", "      ").TrimEnd('\n', ' ') + "\n");
        ClaimSpec claim = ClaimFileParser.Parse("claims/FAKE.yaml", yaml).Spec!;
        return new ClaimCase(claim, claim.FindTier(Tier.Smoke)!, "cpu", claim.Seed);
    }

    [Fact]
    public void ReadsTheSweepSortedWithDeltaOneOverNSquared()
    {
        PrivacySweepSetup setup = PrivacySweepSetup.From(Case());
        Assert.Equal([0.5, 2.0, 8.0], setup.Epsilons);
        Assert.Equal(2.0, setup.IntermediateEpsilon);
        Assert.Equal(1.0 / 100.0, setup.Delta, 15);
        Assert.Equal(1.0, setup.Training.SamplingRate);
        Assert.Equal(0.0, setup.Training.NoiseMultiplier);
        Assert.Equal(10, setup.Training.Steps);
        Assert.Null(setup.MlpHiddenWidth);
        Assert.Null(setup.MlpTraining);
    }

    [Fact]
    public void TheMlpSharesClippingAndSamplingAndHasItsOwnOptimizer()
    {
        PrivacySweepSetup setup = PrivacySweepSetup.From(Case("      dp_mlp_hidden: 8\n      dp_mlp_steps: 20\n      dp_mlp_learning_rate: 0.3\n      dp_mlp_momentum: 0.5\n"));
        Assert.Equal(8, setup.MlpHiddenWidth);
        Assert.Equal(setup.Training with { Steps = 20, LearningRate = 0.3, Momentum = 0.5 }, setup.MlpTraining);
    }

    [Theory]
    [InlineData("epsilons: \"0.5, x\"", "'x' is not a finite ε > 0")]
    [InlineData("epsilons: \"2\"", "at least two distinct ε values")]
    [InlineData("epsilons: \"2, -1\"", "'-1' is not a finite ε > 0")]
    [InlineData("dp_clip: 0", "ClipNorm = 0 must be a finite number > 0")]
    [InlineData("dp_momentum: 1", "Momentum = 1 must be in [0, 1)")]
    [InlineData("delta: 1.5", "parameter 'delta' = 1.5 must be in (0, 1)")]
    [InlineData("dp_mlp_hidden: 0", "parameter 'dp_mlp_hidden' = 0 must be ≥ 1")]
    [InlineData("intermediate_epsilon: 3", "parameter 'intermediate_epsilon' = 3 is not one of the swept ε (epsilons: \"8, 0.5, 2\"). Fix: use one of 0.5, 2, 8.")]
    public void BadParametersAreNamedWithTheFix(string line, string message)
    {
        string key = line[..line.IndexOf(':')];
        string block = string.Join("\n", Block.Split('\n').Where(l => !l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal)));
        string yaml = ClaimYaml.Valid().Replace("      n: 10\n      rho: 0.25\n", "      n: 10\n" + (block.Replace("        ", "      ").TrimEnd('\n', ' ') + "\n      " + line + "\n"));
        ClaimSpec claim = ClaimFileParser.Parse("claims/FAKE.yaml", yaml).Spec!;
        var c = new ClaimCase(claim, claim.FindTier(Tier.Smoke)!, "cpu", claim.Seed);
        var ex = Assert.Throws<ClaimParameterException>(() => PrivacySweepSetup.From(c));
        Assert.Contains(message, ex.Message);
        Assert.Contains("claim FAKE, tier smoke", ex.Message);
        Assert.StartsWith("claims/FAKE.yaml(", ex.Message);
    }
}
