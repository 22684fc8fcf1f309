using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Memorization.Evaluation;
using Memorization.Learners.Bayes;
using Memorization.Learners.Simple;
using Memorization.Randomness;
using Memorization.Tasks;
using Memorization.Experiments.Exact;

namespace Memorization.Tests.Learners;

/// <summary>
/// Bayes optimality on tiny instances, exactly (no sampling): for a training set D drawn from a random P, the
/// posterior expected error E_{P|D}[err_P(g)] (enumerating every instance P and every query) of the Bayes-optimal
/// predictor is ≤ that of every other predictor built from D: forgetful, nearest neighbour, every constant, random
/// tables. (For one fixed P a lucky predictor may beat it; averaged over the prior it may not.)
/// </summary>
public class BayesOptimalityProperties
{
    private const double Tolerance = 1e-12;

    [Property(Replay = "(4242,17)", MaxTest = 25)]
    public Property HclBayesIsOptimalUnderThePosterior() =>
        Prop.ForAll(
            (from n in Gen.Choose(1, 6)
             from d in Gen.Choose(2, 4)
             from subpopulations in Gen.Choose(2, 4)
             from rhoTenths in Gen.Choose(1, 9)
             from zipf in Gen.Elements(false, true)
             from seed in Gen.Choose(0, int.MaxValue)
             select (n, d, subpopulations, rhoTenths / 10.0, zipf, (ulong)seed)).ToArbitrary(),
            c =>
            {
                (int n, int d, int subpopulations, double rho, bool zipf, ulong seed) = c;
                FrequencyPrior prior = zipf ? FrequencyPrior.Zipf(subpopulations, 1.0) : FrequencyPrior.Uniform(subpopulations);
                var p = new HclParameters(n, d, subpopulations, rho, prior, testSize: 0);
                HclExamples training = HclDataSet.Generate(p, seed).Training;
                double bayes = ExactErrors.HclPosterior(HclBayesOptimal.Fit(p, training), p, training);
                var others = new List<(string Name, IHclClassifier Model)>
                {
                    ("forgetful", HclBayesOptimal.FitForgetful(p, training)),
                    ("nearest-neighbour", new HclNearestNeighbour(training, subpopulations)),
                };
                others.AddRange(Enumerable.Range(0, subpopulations).Select(j => ($"constant {j}", (IHclClassifier)new HclConstant(j, d, subpopulations))));
                others.AddRange(Enumerable.Range(0, 3).Select(r =>
                    ($"random table {r}", (IHclClassifier)new HclRandomTable(d, subpopulations, SeedDerivation.Stream(seed, $"tests/table/{r}")))));
                foreach ((string name, IHclClassifier model) in others)
                {
                    double other = ExactErrors.HclPosterior(model, p, training);
                    Assert.True(bayes <= other + Tolerance, $"{p}: Bayes {bayes:R} > {name} {other:R}");
                }
                return true;
            });

    [Property(Replay = "(2718,29)", MaxTest = 25)]
    public Property NspBayesIsOptimalUnderThePosterior() =>
        Prop.ForAll(
            (from n in Gen.Choose(1, 6)
             from d in Gen.Choose(2, 5)
             from subpopulations in Gen.Choose(1, 4)
             from deltaTenths in Gen.Choose(1, 9)
             from zipf in Gen.Elements(false, true)
             from seed in Gen.Choose(0, int.MaxValue)
             select (n, d, subpopulations, deltaTenths / 10.0, zipf, (ulong)seed)).ToArbitrary(),
            c =>
            {
                (int n, int d, int subpopulations, double delta, bool zipf, ulong seed) = c;
                FrequencyPrior prior = zipf ? FrequencyPrior.Zipf(subpopulations, 1.0) : FrequencyPrior.Uniform(subpopulations);
                var p = new NspParameters(n, d, subpopulations, delta, prior, testSize: 0);
                NspStrings training = NspDataSet.Generate(p, seed).Training;
                double bayes = ExactErrors.NspPosterior(NspBayesOptimal.Fit(p, training), p, training);
                var others = new List<(string Name, INspPredictor Model)>
                {
                    ("forgetful", NspBayesOptimal.FitForgetful(p, training)),
                    ("nearest-neighbour", new NspNearestNeighbour(training)),
                    ("constant 0", new NspConstant(d, 0.25)),
                    ("constant 1", new NspConstant(d, 0.75)),
                };
                others.AddRange(Enumerable.Range(0, 3).Select(r =>
                    ($"random table {r}", (INspPredictor)new NspRandomTable(d, SeedDerivation.Stream(seed, $"tests/table/{r}")))));
                foreach ((string name, INspPredictor model) in others)
                {
                    double other = ExactErrors.NspPosterior(model, p, training);
                    Assert.True(bayes <= other + Tolerance, $"{p}: Bayes {bayes:R} > {name} {other:R}");
                }
                return true;
            });
}
