using Memorization.Devices;
using Memorization.Learners.Sequence;
using TorchSharp;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace Memorization.Tests.Learners.Sequence;

public class ScratchTuning(ITestOutputHelper output)
{
    [Fact]
    public void Tune()
    {
        TorchDevices.EnsureLoaded();
        int n = int.Parse(Environment.GetEnvironmentVariable("T_N") ?? "64");
        int d = int.Parse(Environment.GetEnvironmentVariable("T_D") ?? "64");
        int dm = int.Parse(Environment.GetEnvironmentVariable("T_DM") ?? "64");
        int steps = int.Parse(Environment.GetEnvironmentVariable("T_S") ?? "300");
        double lr = double.Parse(Environment.GetEnvironmentVariable("T_LR") ?? "3e-3");
        using var data = SyntheticNsp.Draw(n, n, d, 0.05, 7);
        var options = SequenceModelOptions.Smoke with { CheckpointEvery = 25 };
        using var model = SequenceModel.Create(d, options, 11, CPU);
        long[] singles = data.TrainingIndices(c => c == 1);
        using Tensor singleIdx = tensor(singles);
        using Tensor singleStrings = data.Strings.index_select(0, singleIdx);
        output.WriteLine($"threads {get_num_threads()} params {model.ParameterCount} singletons {singles.Length}");
        var result = SequenceTrainer.Train(model, data.Strings, 1, cp =>
        {
            double s = SequenceTrainer.PerStringLossBits(cp.Model, singleStrings).Average();
            output.WriteLine($"step {cp.Step} loss {cp.TrainingLoss:F4} nats; singleton loss {s:F4} bits (h(p)=0.2864)");
        });
        output.WriteLine($"elapsed {result.Elapsed.TotalSeconds:F1}s");
    }
}
