using Memorization.Evaluation;
using Memorization.Learners.Bayes;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Tests.Learners;

/// <summary>Predictions and evaluations leave no live tensors behind (STYLE.md: dispose scopes around every batch).</summary>
public class DisposeTests
{
    [Fact]
    public void BayesPredictionsAndEvaluationsDoNotLeakTensors()
    {
        var hp = new HclParameters(40, 30, 20, 0.3, testSize: 50);
        HclDataSet hcl = HclDataSet.Generate(hp, 2);
        var np = new NspParameters(40, 30, 20, 0.2, testSize: 50);
        NspDataSet nsp = NspDataSet.Generate(np, 2);
        using HclBayesOptimal hb = HclBayesOptimal.Fit(hp, hcl.Training);
        using NspBayesOptimal nb = NspBayesOptimal.Fit(np, nsp.Training);
        using torch.Tensor x = hcl.FreshTest.ToTensor(torch.CPU);
        using torch.Tensor z = nsp.FreshQueries.Strings.ToTensor(torch.CPU);

        void RunAll()
        {
            hb.LogProbabilities(x).Dispose();
            nb.NextBitProbabilities(z).Dispose();
            HclEvaluator.Error(hb, hcl.FreshTest, torch.CPU);
            NspEvaluator.Evaluate(nb, nsp.FreshQueries, torch.CPU);
            NspEvaluator.Evaluate(new Memorization.Learners.Simple.NspNearestNeighbour(nsp.Training), nsp.FreshQueries, torch.CPU);
        }

        RunAll(); // first use creates the models' cached weight tensors
        long before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        RunAll();
        long after = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        Assert.Equal(before, after);
    }
}
