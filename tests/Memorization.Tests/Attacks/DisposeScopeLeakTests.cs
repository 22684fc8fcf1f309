using Memorization.Attacks;
using Memorization.Learners.Trained;
using Memorization.Tests.Experiments.Hcl;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Tests.Attacks;

public class DisposeScopeLeakTests
{
    [Fact]
    public void OneTrainingStepAndOneAttackBatchLeaveNoLiveTensorsBehind()
    {
        using var data = SyntheticHcl.Create(30, 20, 15, 0.2, 51);
        using var model = new MlpModel(20, 12, 15, 3, CPU);
        using var optimizer = FullBatchTrainer.CreateOptimizer(model, 3e-4, 0.999);
        using var labels = data.Labels.narrow(0, 0, 4).clone();
        using var masks = data.Masks.index_select(0, labels);
        using var values = data.Values.index_select(0, labels);
        var targets = new AttackTargets(labels, masks, values);
        void Round()
        {
            FullBatchTrainer.Run(model, data.Inputs, data.Labels, optimizer, 1, 1, _ => 3e-4, _ => { });
            (Tensor x, Tensor y) = SingletonDuplication.Duplicate(data.Inputs, data.Labels, data.SingletonIndices);
            x.Dispose();
            y.Dispose();
            foreach (ILabelModelAttack attack in new ILabelModelAttack[] { new SignAttack(), new SignAttack(shareProbes: false), new CoordinateAscentAttack(), new InformedAttack(samples: 2) })
            {
                attack.Reconstruct(model, targets, CPU, 1).Dispose();
            }
        }
        // The first round creates what legitimately lives on (gradients, momentum buffers).
        Round();
        long before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        Round();
        long after = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        Assert.Equal(before, after);
    }
}
