using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Memorization.Evaluation;
using Memorization.Information;
using Memorization.Learners.Bayes;
using Memorization.Tasks;
using TorchSharp;
using Memorization.Experiments.Exact;

namespace Memorization.Tests.Evaluation;

/// <summary>
/// The evaluators (sampled queries, tensor path) agree with the exact errors (enumeration over P's query
/// distribution): the sampled mistake count is Binomial(m, err_P), so the Clopper–Pearson interval at level
/// 1 − 1e−4/MaxTest must contain the exact value.
/// </summary>
public class ExactErrorProperties
{
    private const int Cases = 10;
    private const double Confidence = 1.0 - (1e-4 / Cases);

    [Property(Replay = "(99991,5)", MaxTest = Cases)]
    public Property HclSampledErrorMatchesTheExactError() =>
        Prop.ForAll(
            (from n in Gen.Choose(2, 12)
             from d in Gen.Choose(3, 8)
             from subpopulations in Gen.Choose(2, 6)
             from rhoTenths in Gen.Choose(2, 8)
             from seed in Gen.Choose(0, int.MaxValue)
             select (n, d, subpopulations, rhoTenths / 10.0, (ulong)seed)).ToArbitrary(),
            c =>
            {
                var p = new HclParameters(c.Item1, c.Item2, c.Item3, c.Item4, testSize: 3000);
                HclDataSet data = HclDataSet.Generate(p, c.Item5);
                using HclBayesOptimal bayes = HclBayesOptimal.Fit(p, data.Training);
                double exact = ExactErrors.Hcl(bayes, data.Instance);
                ErrorEstimate sampled = HclEvaluator.Error(bayes, data.FreshTest, torch.CPU, Confidence);
                Assert.True(sampled.Lower <= exact && exact <= sampled.Upper, $"{p}: exact {exact:F5}, sampled {sampled}");
                return true;
            });

    [Property(Replay = "(88883,7)", MaxTest = Cases)]
    public Property NspSampledErrorMatchesTheExactError() =>
        Prop.ForAll(
            (from n in Gen.Choose(2, 12)
             from d in Gen.Choose(3, 8)
             from subpopulations in Gen.Choose(1, 6)
             from deltaTenths in Gen.Choose(1, 8)
             from seed in Gen.Choose(0, int.MaxValue)
             select (n, d, subpopulations, deltaTenths / 10.0, (ulong)seed)).ToArbitrary(),
            c =>
            {
                var p = new NspParameters(c.Item1, c.Item2, c.Item3, c.Item4, testSize: 3000);
                NspDataSet data = NspDataSet.Generate(p, c.Item5);
                using NspBayesOptimal bayes = NspBayesOptimal.Fit(p, data.Training);
                double exact = ExactErrors.Nsp(bayes, data.Instance);
                NspEvaluation sampled = NspEvaluator.Evaluate(bayes, data.FreshQueries, torch.CPU, Confidence);
                Assert.True(sampled.Error.Lower <= exact && exact <= sampled.Error.Upper, $"{p}: exact {exact:F5}, sampled {sampled.Error}");
                Assert.True(sampled.LogLoss > 0.0 && sampled.LogLossLower <= sampled.LogLoss);
                return true;
            });
}
