using Memorization.Configuration;
using Memorization.Evaluation;
using Memorization.Learners.Bayes;
using Memorization.Learners.Simple;
using Memorization.Tasks;
using Memorization.Tests.Claims.Presets;
using TorchSharp;

namespace Memorization.Tests.Evaluation;

/// <summary>Excess error over the Bayes-optimal predictor on the same queries (docs/bayes-optimal.md#excess-error), on the smoke presets.</summary>
public class ExcessErrorTests
{
    [Fact]
    public void BayesAgainstItselfHasNoExcessAndAConstantHasMuch()
    {
        HclParameters p = RepositoryPresets.Presets.Hcl(Tier.Smoke);
        HclDataSet data = HclDataSet.Generate(p, 77);
        using HclBayesOptimal bayes = HclBayesOptimal.Fit(p, data.Training);
        ExcessError self = HclEvaluator.Excess(bayes, bayes, data.RepresentedTest, torch.CPU, 0.99);
        Assert.Equal(0.0, self.Excess);
        // No discordant query: the exact interval is symmetric about 0 (its width is the Clopper–Pearson bound of 0/m).
        Assert.True(self.Lower < 0.0 && self.Upper > 0.0 && Math.Abs(self.Lower + self.Upper) < 1e-12, self.ToString());

        ExcessError constant = HclEvaluator.Excess(new HclConstant(0, p.Dimension, p.Subpopulations), bayes, data.RepresentedTest, torch.CPU, 0.99);
        Assert.True(constant.Lower > 0.9, constant.ToString());
        Assert.Equal(constant.Model.Rate - constant.Bayes.Rate, constant.Excess, 12);
    }

    [Fact]
    public void ForgettingCostsOnSingletonQueries()
    {
        NspParameters p = RepositoryPresets.Presets.Nsp(Tier.Smoke);
        NspDataSet data = NspDataSet.Generate(p, 77);
        using NspBayesOptimal bayes = NspBayesOptimal.Fit(p, data.Training);
        using NspBayesOptimal forgetful = NspBayesOptimal.FitForgetful(p, data.Training);
        ExcessError excess = NspEvaluator.Excess(forgetful, bayes, data.SingletonQueries, torch.CPU, 0.99);
        Assert.True(excess.Lower > 0.0, excess.ToString());
        // On represented subpopulations that are not singletons the two predictors coincide in the learned part;
        // the forgetful one can only be worse on the rest, never better by more than noise.
        ExcessError represented = NspEvaluator.Excess(forgetful, bayes, data.RepresentedQueries, torch.CPU, 0.99);
        Assert.True(represented.Upper > 0.0, represented.ToString());
    }
}
