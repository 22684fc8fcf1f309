using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Memorization.Learners.Bayes;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Tests.Learners;

/// <summary>Bayes posteriors are distributions (docs/bayes-optimal.md): label log-probabilities normalised, next-bit probabilities in [0, 1]. Deterministic checks; tolerances are float32 rounding.</summary>
public class PosteriorProperties
{
    [Property(Replay = "(60221,23)", MaxTest = 15)]
    public Property PosteriorsAreDistributions() =>
        Prop.ForAll(
            (from n in Gen.Choose(1, 80)
             from d in Gen.Choose(1, 120)
             from subpopulations in Gen.Choose(1, 60)
             from rhoPercent in Gen.Choose(0, 100)
             from deltaPercent in Gen.Choose(1, 100)
             from zipf in Gen.Elements(false, true)
             from forgetful in Gen.Elements(false, true)
             from seed in Gen.Choose(0, int.MaxValue)
             select (n, d, subpopulations, rhoPercent / 100.0, deltaPercent / 100.0, zipf, forgetful, (ulong)seed)).ToArbitrary(),
            c =>
            {
                (int n, int d, int subpopulations, double rho, double delta, bool zipf, bool forgetful, ulong seed) = c;
                FrequencyPrior prior = zipf ? FrequencyPrior.Zipf(subpopulations, 1.3) : FrequencyPrior.Uniform(subpopulations);
                var hp = new HclParameters(n, d, subpopulations, rho, prior, testSize: 20);
                HclDataSet hcl = HclDataSet.Generate(hp, seed);
                using HclBayesOptimal hb = forgetful ? HclBayesOptimal.FitForgetful(hp, hcl.Training) : HclBayesOptimal.Fit(hp, hcl.Training);
                using torch.Tensor x = hcl.FreshTest.ToTensor(torch.CPU);
                using torch.Tensor logp = hb.LogProbabilities(x);
                using torch.Tensor sums = logp.logsumexp(1);
                Assert.All(sums.data<float>().ToArray(), s => Assert.InRange(s, -1e-4f, 1e-4f));
                Assert.All(logp.data<float>().ToArray(), v => Assert.True(v <= 1e-6f && !float.IsNaN(v), $"log-probability {v}"));

                var np = new NspParameters(n, d, subpopulations, delta, prior, testSize: 20);
                NspDataSet nsp = NspDataSet.Generate(np, seed);
                using NspBayesOptimal nb = forgetful ? NspBayesOptimal.FitForgetful(np, nsp.Training) : NspBayesOptimal.Fit(np, nsp.Training);
                using torch.Tensor z = nsp.FreshQueries.Strings.ToTensor(torch.CPU);
                using torch.Tensor probabilities = nb.NextBitProbabilities(z);
                Assert.All(probabilities.data<float>().ToArray(), v => Assert.InRange(v, 0f, 1f));
                return true;
            });
}
