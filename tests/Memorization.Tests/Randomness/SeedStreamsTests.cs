using Memorization.Randomness;

namespace Memorization.Tests.Randomness;

/// <summary>
/// The stream names are part of every result: these are the spellings the committed baselines were recorded with, so
/// a renamed stream fails here before it silently moves every digest.
/// </summary>
public class SeedStreamsTests
{
    [Fact]
    public void TheFixedNamesAreTheRecordedOnes()
    {
        Assert.Equal(
            ["instance", "train/assign", "train/examples", "train/noise", "nsp", "init/logistic-regression", "init/mlp", "init/sequence",
             "init/dp-logistic-regression", "init/dp-mlp", "train/shuffle", "attack/sign/shared", "attack/fresh-controls", "attack/informed",
             "attack/timing/sign", "attack/timing/informed", "attack/timing/coordinate-ascent", "controls/fresh-singletons"],
            [SeedStreams.Instance, SeedStreams.TrainAssign, SeedStreams.TrainExamples, SeedStreams.TrainNoise, SeedStreams.NspTask,
             SeedStreams.InitLogisticRegression, SeedStreams.InitMlp, SeedStreams.InitSequence, SeedStreams.InitDpLogisticRegression,
             SeedStreams.InitDpMlp, SeedStreams.TrainShuffle, SeedStreams.SignAttackShared, SeedStreams.NspFreshControls,
             SeedStreams.NspInformedAttack, SeedStreams.TimingSignAttack, SeedStreams.TimingInformedAttack,
             SeedStreams.TimingCoordinateAscentAttack, SeedStreams.FreshSingletonControls]);
    }

    [Fact]
    public void TheBuiltNamesAreTheRecordedOnes()
    {
        Assert.Equal(
            ["test/singletons/assign", "test/fresh/examples", "test/represented/noise", "test/fresh/position",
             "init/low-rank-logistic-regression/r4", "init/narrow-mlp/h16", "dp-mlp/eps0.5/sampling", "dp/epsinf/noise",
             "attack/mlp/step50", "attack/logistic-regression/step2/represented-control", "attack/mlp/step0/informed",
             "attack/coordinate-ascent/target/7", "attack/size/row-sign-0.2", "attack/dp/eps128", "exact/instance/3",
             "exact/instance/3/training/11", "sing/training-set/19999", "scaling/n400/replicate9"],
            [SeedStreams.TestAssign("singletons"), SeedStreams.TestExamples("fresh"), SeedStreams.TestNoise("represented"),
             SeedStreams.TestPosition("fresh"), SeedStreams.InitLowRankLogisticRegression(4), SeedStreams.InitNarrowMlp(16),
             SeedStreams.DpSampling("dp-mlp", "0.5"), SeedStreams.DpNoise("dp", "inf"), SeedStreams.AttackAtStep("mlp", 50),
             SeedStreams.AttackRepresentedControl("logistic-regression", 2), SeedStreams.AttackInformedAtStep("mlp", 0),
             SeedStreams.AttackTarget("coordinate-ascent", 7), SeedStreams.SizeAttack("row-sign-0.2"), SeedStreams.DpAttack("dp", "128"),
             SeedStreams.ExactInstance(3), SeedStreams.ExactTrainingSet(3, 11), SeedStreams.SingletonTrainingSet(19999),
             SeedStreams.ScalingReplicate(400, 9)]);
    }
}
