using Memorization.Learners.Bayes;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Tests.Learners;

public class BayesOptimalTests
{
    [Fact]
    public void HclLogProbabilitiesAreNormalisedAndMatchTheExactScores()
    {
        var p = new HclParameters(60, 50, 30, 0.3, FrequencyPrior.Zipf(30, 1.0), testSize: 40);
        HclDataSet data = HclDataSet.Generate(p, 21);
        using HclBayesOptimal bayes = HclBayesOptimal.Fit(p, data.Training);
        using torch.Tensor inputs = data.FreshTest.ToTensor(torch.CPU);
        using torch.Tensor logp = bayes.LogProbabilities(inputs);
        Assert.Equal(new long[] { 40, 30 }, logp.shape);
        using torch.Tensor sums = logp.logsumexp(1);
        Assert.All(sums.data<float>().ToArray(), s => Assert.InRange(s, -1e-4f, 1e-4f));
        float[] values = logp.data<float>().ToArray();
        double[] scores = new double[30];
        for (int b = 0; b < 40; b++)
        {
            bayes.Scores(data.FreshTest.Row(b), scores);
            double max = scores.Max();
            double normaliser = max + Math.Log(scores.Sum(s => Math.Exp(s - max)));
            for (int j = 0; j < 30; j++)
            {
                Assert.Equal(scores[j] - normaliser, values[(b * 30) + j], 2e-3);
            }
        }
    }

    [Fact]
    public void HclWeightsFollowTheClosedForm()
    {
        // One example of subpopulation 0 (m = 1): f = ρ, weight ½·ln((1+ρ)/(1−ρ)) = atanh ρ, sign of the example.
        var p = new HclParameters(1, 3, 2, 0.4);
        var training = new HclExamples(3, [1, -1, 1], [0]);
        using HclBayesOptimal bayes = HclBayesOptimal.Fit(p, training);
        Assert.Equal(Math.Atanh(0.4), bayes.Weights[0], 12);
        Assert.Equal(-Math.Atanh(0.4), bayes.Weights[1], 12);
        Assert.All(bayes.Weights.Skip(3), w => Assert.Equal(0.0, w));
        Assert.Equal(Math.Log(0.5) + (3 * 0.5 * Math.Log(0.7 * 0.3)), bayes.Bias[0], 12);
        Assert.Equal(Math.Log(0.5) + (3 * Math.Log(0.5)), bayes.Bias[1], 12);
        using HclBayesOptimal forgetful = HclBayesOptimal.FitForgetful(p, training);
        Assert.All(forgetful.Weights, w => Assert.Equal(0.0, w));
        Assert.Equal(0, forgetful.ParameterBits);
        Assert.Equal(3 + 1, bayes.ParameterBits);
    }

    [Fact]
    public void NspTensorPathMatchesTheExactRecursionAndIsCausal()
    {
        var p = new NspParameters(40, 24, 20, 0.2, FrequencyPrior.Zipf(20, 0.8), testSize: 30);
        NspDataSet data = NspDataSet.Generate(p, 5);
        using NspBayesOptimal bayes = NspBayesOptimal.Fit(p, data.Training);
        using torch.Tensor strings = data.FreshQueries.Strings.ToTensor(torch.CPU);
        using torch.Tensor probabilities = bayes.NextBitProbabilities(strings);
        float[] fromTensor = probabilities.data<float>().ToArray();
        double[] exact = new double[24];
        for (int b = 0; b < 30; b++)
        {
            bayes.Probabilities(data.FreshQueries.Strings.Row(b), exact);
            for (int t = 0; t < 24; t++)
            {
                Assert.InRange(fromTensor[(b * 24) + t], 0f, 1f);
                Assert.Equal(exact[t], fromTensor[(b * 24) + t], 1e-5);
            }
        }
        // The direct query path equals column T of the full table.
        using torch.Tensor positions = data.FreshQueries.PositionsTensor(torch.CPU);
        using torch.Tensor direct = bayes.NextBitProbabilityAt(strings, positions);
        float[] directValues = direct.data<float>().ToArray();
        for (int b = 0; b < 30; b++)
        {
            Assert.Equal(fromTensor[(b * 24) + data.FreshQueries.Positions[b]], directValues[b], 1e-6);
        }
        // Column t depends only on bits < t: flipping bit 10 leaves columns 0..10 unchanged.
        using torch.Tensor flipped = strings.clone();
        using (torch.no_grad())
        {
            flipped[.., 10] = 1 - flipped[.., 10];
        }
        using torch.Tensor after = bayes.NextBitProbabilities(flipped);
        using torch.Tensor same = (after - probabilities).narrow(1, 0, 11).abs().max();
        Assert.Equal(0f, same.item<float>());
    }

    [Fact]
    public void NspGivesOneHalfForUnseenSubpopulationsAndSharpensWithData()
    {
        var p = new NspParameters(3, 2, 2, 0.2);
        var training = new NspStrings(2, [1, 0, 1, 0, 1, 1], [0, 0, 0]);
        using NspBayesOptimal bayes = NspBayesOptimal.Fit(p, training);
        Assert.Equal(0.5, bayes.NextBitGivenSubpopulation[2], 12);
        // k = 3 ones of m = 3, p = 0.1: Pr[c = 1] = 1 / (1 + (p/(1−p))^3), q = 0.9·Pr[c=1] + 0.1·Pr[c=0].
        double centre = 1.0 / (1.0 + Math.Pow(0.1 / 0.9, 3));
        Assert.Equal((0.9 * centre) + (0.1 * (1 - centre)), bayes.NextBitGivenSubpopulation[0], 12);
        using NspBayesOptimal forgetful = NspBayesOptimal.FitForgetful(p, new NspStrings(2, [1, 0], [0]));
        Assert.All(forgetful.NextBitGivenSubpopulation, q => Assert.Equal(0.5, q, 12));
    }

    [Fact]
    public void BadShapesAreRejectedWithTheExpectedShape()
    {
        var p = new HclParameters(4, 5, 2, 0.3);
        using HclBayesOptimal bayes = HclBayesOptimal.Fit(p, HclDataSet.Generate(p, 1).Training);
        using torch.Tensor wrong = torch.ones(3, 4);
        Assert.Contains("[batch, 5]", Assert.Throws<ArgumentException>(() => bayes.LogProbabilities(wrong)).Message);
    }
}
