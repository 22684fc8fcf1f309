using Memorization.Attacks.Sequence;
using Memorization.Devices;
using Memorization.Learners.Sequence;
using Memorization.Tests.Learners.Sequence;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Tests.Attacks.Sequence;

public class DisposeScopeLeakTests
{
    [Fact]
    public void OneTrainingStepAndOneAttackBatchLeaveNoLiveTensor()
    {
        TorchDevices.EnsureLoaded();
        const int length = 16;
        using var data = SyntheticNsp.Draw(10, 5, length, 0.05, 21);
        var options = SequenceModelOptions.Smoke with { ModelDimension = 16, Heads = 2, FeedForwardDimension = 32, Steps = 1 };
        using var model = SequenceModel.Create(length, options, 22, CPU);
        using Tensor targets = data.Strings.narrow(0, 0, 4).clone();
        using Tensor centres = data.Centres.narrow(0, 0, 4).clone();

        // Warm-up: the first call may create lasting native state (e.g. lazily built constants).
        SequenceTrainer.Train(model, data.Strings, 23);
        PrefixExtractionAttack.Run(model, targets, 4).Dispose();
        SequenceInformedAttack.Run(model, centres, 0.05, 3, 24).Dispose();

        long before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        SequenceTrainer.Train(model, data.Strings, 23);
        PrefixExtractionAttack.Run(model, targets, 4).Dispose();
        SequenceInformedAttack.Run(model, centres, 0.05, 3, 24).Dispose();
        SequenceTrainer.PerStringLossBits(model, targets);
        long after = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        Assert.Equal(before, after);
    }
}
