using Memorization.Claims;
using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Hcl;
using Memorization.Claims.Measurements.Nsp;
using Memorization.Claims.Presets;
using Memorization.Claims.Specs;
using Memorization.Claims.Validation;
using Memorization.Configuration;
using Memorization.Tasks;

namespace Memorization.Tests.Claims.Presets;

public class TaskPresetsTests
{
    private static TaskPresets Presets => RepositoryPresets.Presets;

    // The parameters' values (the records compare their priors by reference).
    private static object Values(HclParameters p) => (p.TrainingSize, p.Dimension, p.Subpopulations, p.Rho, p.TestSize, p.Prior.Name, string.Join(",", p.Prior.Weights));

    private static object Values(NspParameters p) => (p.TrainingSize, p.Length, p.Subpopulations, p.Delta, p.TestSize, p.Prior.Name, string.Join(",", p.Prior.Weights));

    [Fact]
    public void SmokeAndPaperAreWhatTheExperimentsClaimsTrainOn()
    {
        IReadOnlyList<ClaimSpec> claims = new ClaimSuite(RepositoryPresets.Repository, ClaimMeasurementCatalog.Default, _ => throw new InvalidOperationException()).Claims;
        int compared = 0;
        // The presets serve the HCL and NSP experiments; other shared experiments (hcl-multilabel) have their own setup.
        foreach (ClaimSpec claim in claims.Where(c => c.Experiment is TaskPresets.HclExperiment or TaskPresets.NspExperiment))
        {
            foreach (Tier tier in new[] { Tier.Smoke, Tier.Paper })
            {
                var claimCase = new ClaimCase(claim, claim.FindTier(tier)!, "cpu", claim.Seed);
                if (claim.Experiment == TaskPresets.HclExperiment)
                {
                    Assert.Equal(Values(HclExperimentSetup.From(claimCase).Parameters), Values(Presets.Hcl(tier)));
                }
                else
                {
                    Assert.Equal(Values(NspExperimentSetup.DataFrom(claimCase)), Values(Presets.Nsp(tier)));
                }

                compared++;
            }
        }

        Assert.Equal(2 * 14, compared);
    }

    [Fact]
    public void ThePresetsHoldTheExperimentsValues()
    {
        // Before the presets were read from claims/experiments/, HCL smoke used 200 queries per split and the claims 300.
        Assert.Equal((200, 400, 200, 300), (Presets.Hcl(Tier.Smoke).TrainingSize, Presets.Hcl(Tier.Smoke).Dimension, Presets.Hcl(Tier.Smoke).Subpopulations, Presets.Hcl(Tier.Smoke).TestSize));
        Assert.Equal(Values(HclParameters.Paper), Values(Presets.Hcl(Tier.Paper)));
        NspParameters nsp = Presets.Nsp(Tier.Smoke);
        Assert.Equal((192, 64, 192, 0.1, 12000), (nsp.TrainingSize, nsp.Length, nsp.Subpopulations, nsp.Delta, nsp.TestSize));
    }

    [Fact]
    public void TinyIsTheTasksOwnAndReadsNoFile()
    {
        using var repo = new TempRepository();
        var presets = TaskPresets.Load(repo.Repository);
        Assert.Same(TinyPresets.Hcl, presets.Hcl(Tier.Tiny));
        Assert.Same(TinyPresets.Nsp, presets.Nsp(Tier.Tiny));
        ClaimError error = Assert.Single(Assert.Throws<InvalidClaimsException>(() => presets.Nsp(Tier.Smoke)).Errors);
        Assert.Equal((ClaimErrorCodes.UnknownExperiment, "claims/experiments/nsp.yaml"), (error.Code, error.File));
        Assert.Equal("the smoke parameters of NSP are read from claims/experiments/nsp.yaml, which does not exist.", error.Message);
    }

    [Fact]
    public void AnExperimentFileWithProblemsGivesItsLocatedErrors()
    {
        using var repo = new TempRepository().WithExperiment("hcl", "name: hcl\ntitle: x\ntiers:\n  smoke:\n    parameters:\n      n: 10\n");
        ClaimError error = Assert.Single(Assert.Throws<InvalidClaimsException>(() => TaskPresets.Load(repo.Repository).Hcl(Tier.Smoke)).Errors);
        Assert.Equal((ClaimErrorCodes.TierWithoutParameters, "claims/experiments/hcl.yaml", "tiers.paper"), (error.Code, error.File, error.Field));
    }
}
