using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Memorization.Evaluation;
using Memorization.Learners;
using Memorization.Learners.Bayes;
using Memorization.Tasks;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Tests.Learners;

/// <summary>
/// The multilabel Bayes-optimal and forgetful predictors on tiny instances, exactly: every query x ∈ {±1}^d is enumerated with
/// its posterior weight Pr[x, J = j | D] = exp(score_j(x)) (the HCL posterior's affine score is ln w_j + ln Pr[x | D_j]), and a
/// bit of subpopulation j is wrong with probability 1[ŷ_b ≠ y_jb] when m_j ≥ 1 and 1/2 when m_j = 0 (an unseen vector is
/// uniform given D). For a fixed P a lucky predictor may beat Bayes; under the posterior it may not.
/// </summary>
public class MultilabelBayesOptimalTests
{
    private const double Tolerance = 1e-6;   // float32 bit probabilities: a prediction can flip only within ~1e-7 of 1/2

    [Property(Replay = "(3141,59)", MaxTest = 20)]
    public Property BayesIsNoWorseThanForgetfulUnderThePosteriorAndMatchesTheExactBitPosterior() =>
        Prop.ForAll(
            (from n in Gen.Choose(1, 6)
             from d in Gen.Choose(2, 5)
             from subpopulations in Gen.Choose(2, 4)
             from rhoTenths in Gen.Choose(1, 9)
             from k in Gen.Choose(1, 6)
             from seed in Gen.Choose(0, int.MaxValue)
             select (n, d, subpopulations, rhoTenths / 10.0, k, (ulong)seed)).ToArbitrary(),
            c =>
            {
                (int n, int d, int subpopulations, double rho, int k, ulong seed) = c;
                var p = new HclParameters(n, d, subpopulations, rho, testSize: 0);
                MultilabelHclDataSet data = MultilabelHclDataSet.Generate(p, k, seed);
                using var bayes = MultilabelBayesOptimal.Fit(data);
                using var forgetful = MultilabelBayesOptimal.FitForgetful(data);
                double bayesError = PosteriorBitError(bayes, data, out double maxGap);
                double forgetfulError = PosteriorBitError(forgetful, data, out _);
                Assert.True(maxGap < 1e-5, $"{p}, k = {k}: Bayes bit probabilities differ from the exact posterior by {maxGap}");
                Assert.True(bayesError <= forgetfulError + Tolerance, $"{p}, k = {k}: Bayes {bayesError:R} > forgetful {forgetfulError:R}");
                return true;
            });

    [Fact]
    public void AQueryOfAnUnseenSubpopulationIsWrongOnExactlyHalfItsBitsOverItsVectorAndItsComplement()
    {
        // The predictor never saw y_j, so flipping y_j to its complement changes no prediction: each bit is wrong under exactly
        // one of the two, the two bit errors of every query sum to 1, and over a uniform y_j the expected bit error is 1/2.
        var p = new HclParameters(12, 40, 30, 0.4, testSize: 64);
        MultilabelHclDataSet data = MultilabelHclDataSet.Generate(p, 24, 5);
        int unseen = Enumerable.Range(0, p.Subpopulations).First(j => data.Examples.Counts[j] == 0);
        int singleton = data.Examples.Training.Labels[data.Examples.SingletonIndices[0]];
        AssertComplementSumsToOne(data, unseen, MultilabelBayesOptimal.Fit);
        // The forgetful learner treats a singleton subpopulation as unseen: the same identity holds for it there.
        AssertComplementSumsToOne(data, singleton, MultilabelBayesOptimal.FitForgetful);
    }

    [Fact]
    public void SeenSubpopulationsAreAnsweredWithTheirVectorAndTheSameSeedGivesTheSameAnswers()
    {
        var p = new HclParameters(40, 200, 40, 0.5, testSize: 64);
        MultilabelHclDataSet data = MultilabelHclDataSet.Generate(p, 16, 9);
        using var bayes = MultilabelBayesOptimal.Fit(data);
        double[] singletons = MultilabelEvaluator.BitErrors(bayes, data.Examples.SingletonTest, data.Labels, CPU);
        // ρ·√d ≈ 7 standard deviations separate a query's own cluster from any other: the error is a rare event, far below 0.05.
        Assert.True(singletons.Average() < 0.05, $"singleton bit error {singletons.Average()}");
        using var again = MultilabelBayesOptimal.Fit(MultilabelHclDataSet.Generate(p, 16, 9));
        Assert.Equal(singletons, MultilabelEvaluator.BitErrors(again, data.Examples.SingletonTest, data.Labels, CPU));
    }

    [Fact]
    public void TheVectorLikelihoodIsExactAndNormalisedOverEveryVector()
    {
        // Σ over all 2^k vectors of Pr[y = t | x, D] = 1, and its marginal on bit b is the bit probability.
        var p = new HclParameters(6, 5, 4, 0.5, testSize: 8);
        const int k = 4;
        MultilabelHclDataSet data = MultilabelHclDataSet.Generate(p, k, 21);
        using var bayes = MultilabelBayesOptimal.Fit(data);
        using Tensor all = tensor(Enumerable.Range(0, 1 << k).SelectMany(v => Enumerable.Range(0, k).Select(b => (float)((v >> b) & 1))).ToArray(), new long[] { 1 << k, k });
        using Tensor x = data.Examples.FreshTest.ToTensor(CPU);
        using Tensor likelihood = bayes.TargetLogLikelihoods(x, all).exp();
        using Tensor total = likelihood.sum(1);
        Assert.True(total.sub(1.0).abs().max().item<float>() < 1e-5);
        using Tensor marginal = likelihood.matmul(all);
        using Tensor bits = bayes.BitProbabilities(x);
        Assert.True(marginal.sub(bits).abs().max().item<float>() < 1e-5);
    }

    private static void AssertComplementSumsToOne(MultilabelHclDataSet data, int subpopulation, Func<MultilabelHclDataSet, MultilabelBayesOptimal> fit)
    {
        int k = data.LabelBits;
        byte[] flipped = data.Labels.Bits.ToArray();
        for (int b = 0; b < k; b++)
        {
            flipped[(subpopulation * k) + b] ^= 1;
        }
        MultilabelHclDataSet complement = MultilabelHclDataSet.From(data.Examples, HclLabelVectors.FromBits(data.Parameters.Subpopulations, k, flipped));
        var queries = new HclExamples(data.Parameters.Dimension,
            data.Examples.FreshTest.Values.ToArray(), Enumerable.Repeat(subpopulation, data.Examples.FreshTest.Rows).ToArray());
        using MultilabelBayesOptimal original = fit(data);
        using MultilabelBayesOptimal other = fit(complement);
        double[] first = MultilabelEvaluator.BitErrors(original, queries, data.Labels, CPU);
        double[] second = MultilabelEvaluator.BitErrors(other, queries, complement.Labels, CPU);
        Assert.All(first.Zip(second, (a, b) => a + b), sum => Assert.Equal(1.0, sum, 12));
    }

    // E_{x, J | D}[fraction of wrong bits] for the predictor's bits, enumerating x; maxGap: the largest difference between the
    // model's bit probabilities and the exact Σ_j π_j(x)·q_jb computed here in double precision.
    private static double PosteriorBitError(IMultilabelModel model, MultilabelHclDataSet data, out double maxGap)
    {
        HclParameters p = data.Parameters;
        int d = p.Dimension, n = p.Subpopulations, k = data.LabelBits;
        using HclBayesOptimal posterior = HclBayesOptimal.Fit(p, data.Examples.Training);
        var xs = new sbyte[(1 << d) * d];
        for (int v = 0; v < 1 << d; v++)
        {
            for (int i = 0; i < d; i++)
            {
                xs[(v * d) + i] = ((v >> i) & 1) == 1 ? (sbyte)1 : (sbyte)-1;
            }
        }
        var domain = new HclExamples(d, xs, new int[1 << d]);
        using Tensor probabilities = model.BitProbabilities(domain.ToTensor(CPU));
        float[] predicted = probabilities.data<float>().ToArray();
        double error = 0.0;
        maxGap = 0.0;
        var scores = new double[n];
        for (int v = 0; v < 1 << d; v++)
        {
            posterior.Scores(domain.Row(v), scores);
            double evidence = scores.Sum(Math.Exp);
            for (int b = 0; b < k; b++)
            {
                double exact = 0.0;
                for (int j = 0; j < n; j++)
                {
                    bool seen = data.Examples.Counts[j] >= 1;
                    double q = seen ? data.Labels.Bit(j, b) : 0.5;
                    exact += Math.Exp(scores[j]) / evidence * q;
                    bool one = predicted[(v * k) + b] > 0.5f;
                    double wrong = seen ? (one == (data.Labels.Bit(j, b) == 1) ? 0.0 : 1.0) : 0.5;
                    error += Math.Exp(scores[j]) * wrong / k;
                }
                if (model is MultilabelBayesOptimal { Name: "multilabel-bayes-optimal" })
                {
                    maxGap = Math.Max(maxGap, Math.Abs(exact - predicted[(v * k) + b]));
                }
            }
        }
        return error;
    }
}
