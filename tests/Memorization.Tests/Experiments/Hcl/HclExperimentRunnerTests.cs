using MathNet.Numerics.Distributions;
using Memorization.Attacks;
using Memorization.Experiments.Hcl;
using Memorization.Learners.Trained;
using static TorchSharp.torch;
using Memorization.Information;

namespace Memorization.Tests.Experiments.Hcl;

public class HclExperimentRunnerTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int N = 200;
    private const int D = 100;
    private const double Rho = 0.2;

    internal static HclExperimentData Build(SyntheticHcl data)
    {
        using Tensor singletonLabels = data.Labels.index_select(0, data.SingletonIndices);
        using Tensor representedLabels = data.Labels.unique().Item1;
        using Tensor freshLabels = data.UniformLabels(200);
        using Tensor pickRepresented = randint(0, representedLabels.shape[0], [200], dtype: ScalarType.Int64, generator: new Generator(1));
        using Tensor pickSingleton = randint(0, singletonLabels.shape[0], [200], dtype: ScalarType.Int64, generator: new Generator(2));
        Tensor represented = representedLabels.index_select(0, pickRepresented);
        Tensor singleton = singletonLabels.index_select(0, pickSingleton);
        return new HclExperimentData(
            data.Inputs, data.Labels, data.SingletonIndices, data.Masks, data.Values,
            new LabelledExamples(data.Sample(freshLabels), freshLabels.clone()),
            new LabelledExamples(data.Sample(represented), represented),
            new LabelledExamples(data.Sample(singleton), singleton),
            data.Sample(singletonLabels),
            data.Rho);
    }

    [Fact]
    public void TrainedLogisticRegressionMemorisesSingletonsWhileFreshControlsStayAtOneHalf()
    {
        using var data = SyntheticHcl.Create(N, D, N, Rho, 20261129);
        HclExperimentData experiment = Build(data);
        var options = HclExperimentOptions.Published(7) with
        {
            Mlp = null,
            AttackEveryCheckpoints = 5,
            ConfidenceLevel = 0.99,
            Interval = IntervalMethod.Hoeffding,
        };
        HclExperimentResult result = HclExperimentRunner.Run(experiment, options, CPU);

        HclModelRun lr = Assert.IsType<HclModelRun>(result.LogisticRegression);
        Assert.Null(result.Mlp);
        Assert.Equal(Enumerable.Range(0, 26).Select(k => 2 * k), lr.Checkpoints.Select(c => c.Step));
        HclAttackRecord final = Assert.IsType<HclAttackRecord>(lr.Final.Attack);
        Assert.Equal("sign", final.Attack);
        Assert.Equal(result.SingletonCount, final.Targets.AllBits.Count);

        output.WriteLine($"singletons {result.SingletonCount}, reference {result.GuessingReference:F4}, final train error {lr.Final.TrainError:F3}, " +
            $"singleton-test error {lr.Final.SingletonError:F3}; targets all {final.Targets.AllBitsMean}; targets irrelevant {final.Targets.IrrelevantBitsMean}; " +
            $"fresh irrelevant {final.FreshControls.IrrelevantBitsMean}; represented all {final.RepresentedControls!.AllBitsMean}");

        // Memorisation: a 99% Hoeffding lower bound on mean all-bit recovery of the singletons is above (1+ρ)/2.
        Assert.True(final.Targets.AllBitsMean.Lower > result.GuessingReference,
            $"singleton recovery {final.Targets.AllBitsMean} is not above the guessing reference {result.GuessingReference:F3}");
        // Control: fresh examples of the same subpopulations share nothing beyond P with the model, so their irrelevant bits
        // are matched with probability exactly 1/2: the 99% Hoeffding interval must contain 1/2.
        Assert.True(final.FreshControls.IrrelevantBitsMean!.Contains(0.5), $"fresh control {final.FreshControls.IrrelevantBitsMean}");
        Assert.True(lr.Final.TrainError < lr.Checkpoints[0].TrainError);
        Assert.NotNull(final.RepresentedControls);
        // The per-query singleton mistakes (SCALING pairs them with Bayes-optimal's) exist only at the final checkpoint, one
        // per singleton test query, and their mean is the recorded error rate.
        bool[] mistakes = Assert.IsType<bool[]>(lr.Final.SingletonMistakes);
        Assert.Equal(experiment.SingletonTest.Labels.shape[0], mistakes.Length);
        Assert.Equal(lr.Final.SingletonError, mistakes.Count(m => m) / (double)mistakes.Length, 12);
        Assert.All(lr.Checkpoints.SkipLast(1), c => Assert.Null(c.SingletonMistakes));

        var series = lr.Series();
        Assert.Equal(26, series["loss"].Values.Count);
        Assert.Equal(lr.Attacked.Count(), series["recovery/targets/all"].Values.Count);
        Assert.Contains("recovery/fresh-control/irrelevant", series.Keys);
    }

    [Fact]
    public void MultiplicityRecoveryIsMeasuredOnlyAtTheFinalCheckpointAndNeedsTheSubpopulationsFreshControls()
    {
        using var data = SyntheticHcl.Create(N, D, N, Rho, 20261129);
        HclExperimentData experiment = Build(data);
        var options = HclExperimentOptions.Published(7) with
        {
            Mlp = null,
            LogisticRegression = LogisticRegressionOptions.Published with { Steps = 10 },
            AttackEveryCheckpoints = 5,
            MultiplicityRecovery = true,
        };

        var error = Assert.Throws<ArgumentException>(() => HclExperimentRunner.Run(experiment, options, CPU));
        Assert.Contains("SubpopulationFreshControls", error.Message);

        using Tensor everyLabel = arange(N, dtype: ScalarType.Int64);
        HclModelRun lr = HclExperimentRunner.Run(experiment with { SubpopulationFreshControls = data.Sample(everyLabel) }, options, CPU).LogisticRegression!;
        Assert.All(lr.Attacked.SkipLast(1), c => Assert.Null(c.Attack!.Multiplicity));
        HclMultiplicityRecovery multiplicity = Assert.IsType<HclMultiplicityRecovery>(lr.Final.Attack!.Multiplicity);
        long[] labels = data.Labels.data<long>().ToArray();
        Assert.Equal(labels.Distinct().Count(), multiplicity.Subpopulations.Count);
        Assert.All(multiplicity.Subpopulations, s => Assert.Equal(labels.Count(l => l == s.Subpopulation), s.Multiplicity));
    }

    [Fact]
    public void FreshControlIrrelevantBitsMatchAtExactlyOneHalfByAnExactBinomialTest()
    {
        using var data = SyntheticHcl.Create(N, D, N, Rho, 20261130);
        using var model = LogisticRegressionTrainer.Train(data.Inputs, data.Labels, data.SingletonIndices, N, LogisticRegressionOptions.Published, CPU, 3);
        using Tensor labels = data.Labels.index_select(0, data.SingletonIndices);
        using Tensor reconstructed = new SignAttack().Reconstruct(model, new AttackTargets(labels), CPU, 11);
        using Tensor fresh = data.Sample(labels);
        using Tensor training = data.Inputs.index_select(0, data.SingletonIndices);
        using Tensor unfixed = data.Masks.index_select(0, labels).logical_not();
        long bits = unfixed.sum().item<long>();
        long freshMatched = reconstructed.eq(fresh).logical_and(unfixed).sum().item<long>();
        long trainingMatched = reconstructed.eq(training).logical_and(unfixed).sum().item<long>();
        // Given the model, a fresh example's unfixed bits are i.i.d. uniform: the matches are Binomial(B, 1/2) exactly.
        // Two-sided test at level 0.01.
        var binomial = new Binomial(0.5, (int)bits);
        output.WriteLine($"irrelevant bits matched: fresh {freshMatched}/{bits}, training {trainingMatched}/{bits}");
        Assert.InRange(binomial.CumulativeDistribution(freshMatched), 0.005, 0.995);
        // The same reconstructions match the training singletons' irrelevant bits far more often (one-sided, p < 1e-6).
        Assert.True(1.0 - binomial.CumulativeDistribution(trainingMatched - 1) < 1e-6,
            $"training singletons: {trainingMatched}/{bits} irrelevant bits matched");
    }

    [Fact]
    public void RunnerTrainsAndAttacksTheMlpWithSmokeSizedOptions()
    {
        using var data = SyntheticHcl.Create(60, 40, 60, Rho, 5);
        HclExperimentData experiment = Build(data);
        var options = HclExperimentOptions.Published(8) with
        {
            LogisticRegression = null,
            Mlp = MlpOptions.Published with { HiddenWidth = 32, Steps = 6, CheckpointEvery = 3, DecayAfterStep = 3 },
            MaxRepresentedControls = 5,
            InformedAttack = new InformedAttack(samples: 2),
        };
        HclExperimentResult result = HclExperimentRunner.Run(experiment, options, CPU);
        HclModelRun mlp = Assert.IsType<HclModelRun>(result.Mlp);
        Assert.Equal(new[] { 0, 3, 6 }, mlp.Checkpoints.Select(c => c.Step));
        Assert.All(mlp.Checkpoints, c => Assert.Equal("coordinate-ascent", c.Attack!.Attack));
        Assert.Equal(5, mlp.Final.Attack!.RepresentedControls!.AllBits.Count);
        Assert.Equal(result.SingletonCount, mlp.Final.Attack.InformedTargets!.AllBits.Count);
        // The informed attack runs where the metrics read it, at the last checkpoint only.
        Assert.Single(mlp.Series()["recovery/informed/irrelevant"].Values);
        Assert.All(mlp.Checkpoints.SkipLast(1), c => Assert.Null(c.Attack!.InformedTargets));
        Assert.Equal((40 * 32 + 32 + 32 * 60 + 60) * 32L, mlp.ParameterBits);

        // The work counted for benchmarks: every singleton and control went through coordinate ascent (1 to 10 sweeps
        // each), and the informed attack scored 2·S = 4 probes per unfixed coordinate of each singleton.
        Assert.All(mlp.Checkpoints, c =>
        {
            HclAttackWork work = c.Attack!.Work;
            Assert.Equal(result.SingletonCount + 5, work.CoordinateAscentRows);
            Assert.InRange(work.CoordinateAscentTargetSweeps, work.CoordinateAscentRows, 10L * work.CoordinateAscentRows);
            Assert.True(work.InformedProbes % 4 == 0 && work.InformedProbes < 4L * result.SingletonCount * 40, $"{work.InformedProbes} probes");
        });
        Assert.True(mlp.Final.Attack.Work.InformedProbes > 0);
        Assert.Equal(mlp.Final.Attack.Work.InformedProbes, mlp.AttackWork.InformedProbes);
        Assert.Equal(3 * (result.SingletonCount + 5), mlp.AttackWork.CoordinateAscentRows);
    }

    [Fact]
    public void DataWithoutSingletonsOrWithMismatchedControlsIsAClearError()
    {
        using var data = SyntheticHcl.Create(60, 40, 60, Rho, 6);
        HclExperimentData experiment = Build(data);
        var broken = experiment with { SingletonFreshControls = zeros(1, 40) };
        var ex = Assert.Throws<ArgumentException>(() => HclExperimentRunner.Run(broken, HclExperimentOptions.Published(1), CPU));
        Assert.Contains("SingletonFreshControls", ex.Message);
    }

    private sealed class Recorder : IProgress<Memorization.Experiments.ExperimentProgress>
    {
        public List<Memorization.Experiments.ExperimentProgress> Reports { get; } = [];

        public void Report(Memorization.Experiments.ExperimentProgress value) => Reports.Add(value);
    }

    [Fact]
    public void ProgressNamesStepsCheckpointsAndAttacksAndChangesNoResult()
    {
        using var data = SyntheticHcl.Create(N, D, N, Rho, 20261129);
        HclExperimentData experiment = Build(data);
        var options = HclExperimentOptions.Published(7) with { Mlp = null, AttackEveryCheckpoints = 5 };
        var recorder = new Recorder();
        HclModelRun watched = HclExperimentRunner.Run(experiment, options, CPU, recorder).LogisticRegression!;
        HclModelRun quiet = HclExperimentRunner.Run(experiment, options, CPU).LogisticRegression!;

        Assert.Equal(quiet.Checkpoints.Select(c => (c.Step, c.Loss, c.TrainError, c.SingletonError, c.Attack?.Targets.AllBitsMean)),
            watched.Checkpoints.Select(c => (c.Step, c.Loss, c.TrainError, c.SingletonError, c.Attack?.Targets.AllBitsMean)));
        string[] stages = recorder.Reports.Select(r => r.Stage).ToArray();
        Assert.Contains("logistic-regression: step 0/50 (checkpoint 1), attacking " + watched.Final.Attack!.Targets.AllBits.Count + " singletons", stages);
        Assert.Contains("logistic-regression: step 2/50 (checkpoint 2), evaluating", stages);
        Assert.Contains("logistic-regression: training steps 3–4 of 50", stages);
        Assert.Equal("logistic-regression: step 50/50 (checkpoint 26), attacking " + watched.Final.Attack!.Targets.AllBits.Count + " singletons", stages[^1]);
        Assert.Equal(1.0, recorder.Reports[^1].Fraction);
        Assert.True(recorder.Reports.Zip(recorder.Reports.Skip(1)).All(p => p.First.Fraction <= p.Second.Fraction), "the fraction never goes back");
    }
}
