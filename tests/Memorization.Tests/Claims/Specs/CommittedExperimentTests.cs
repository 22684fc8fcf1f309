using Memorization.Claims;
using Memorization.Claims.Measurements;
using Memorization.Claims.Specs;
using Memorization.Configuration;

namespace Memorization.Tests.Claims.Specs;

/// <summary>
/// The committed claims and their shared experiments: one block of parameters per experiment, so the claims that share
/// a training run cannot drift apart (a drift would silently train the model twice).
/// </summary>
public class CommittedExperimentTests
{
    private static readonly ClaimSuite Suite = new(new ReproRepository(ReproSettings.Load(typeof(CommittedExperimentTests).Assembly).RepositoryRoot!), ClaimMeasurementCatalog.Default,
        _ => throw new InvalidOperationException("no device: these tests only read the files"));

    public static TheoryData<string, string[]> Experiments => new()
    {
        { "hcl", ["ACC-LR", "ACC-MLP", "BAYES", "IRRELEVANT", "MI-BOUND", "MULTIPLICITY", "RECON-LR", "RECON-MLP", "TRADEOFF"] },
        { "nsp", ["NSP-ACC", "NSP-BAYES", "NSP-IRRELEVANT", "NSP-MI-BOUND", "NSP-RECON"] },
        { "hcl-multilabel", ["ML-ACC", "ML-IRRELEVANT", "ML-MI-BOUND", "ML-RECON"] },
    };

    [Theory]
    [MemberData(nameof(Experiments))]
    public void EveryClaimOfAnExperimentNamesItAndGetsExactlyItsParameters(string name, string[] claims)
    {
        Assert.Empty(Suite.Errors);
        ExperimentSpec experiment = Suite.Experiments.Single(e => ExperimentFileParser.NameOf(e.File) == name).Spec!;
        Assert.Equal(claims, Suite.Claims.Where(c => c.Experiment == name).Select(c => c.Id));
        foreach (ClaimSpec claim in Suite.Claims.Where(c => c.Experiment == name))
        {
            Assert.Equal(experiment.Tiers.Select(t => t.Tier), claim.Tiers.Select(t => t.Tier));
            foreach (TierSpec tier in experiment.Tiers)
            {
                // The same values at the same lines of the experiment file: nothing added, nothing overridden.
                Assert.Equal(tier.Parameters, claim.FindTier(tier.Tier)!.Parameters);
                Assert.All(tier.Parameters, p => Assert.Equal(ExperimentFileParser.PathOf(name), p.Location.File));
            }
        }
    }

    [Fact]
    public void NspSingCountsTheSingletonsOfTheNspExperimentsTrainingSet()
    {
        // NSP-SING keeps its own tiers (it adds replicates), but its n and N are the NSP experiment's, as its title says.
        ClaimSpec sing = Suite.Find("NSP-SING");
        ExperimentSpec nsp = Suite.Experiments.Single(e => ExperimentFileParser.NameOf(e.File) == "nsp").Spec!;
        foreach (Tier tier in new[] { Tier.Smoke, Tier.Paper })
        {
            foreach (string parameter in new[] { "n", "subpopulations" })
            {
                Assert.Equal(nsp.FindTier(tier)!.Find(parameter)!.Text, sing.FindTier(tier)!.Find(parameter)!.Text);
            }
        }
    }
}
