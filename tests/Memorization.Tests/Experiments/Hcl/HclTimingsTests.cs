using Memorization.Experiments.Hcl;
using Memorization.Learners.Trained;
using static TorchSharp.torch;

namespace Memorization.Tests.Experiments.Hcl;

public class HclTimingsTests
{
    [Fact]
    public void TheReportCountsTheMatrixProductsOfWhatRan()
    {
        using var data = SyntheticHcl.Create(60, 24, 60, 0.3, 20261206);
        HclExperimentData experiment = HclExperimentRunnerTests.Build(data);
        MlpOptions mlp = MlpOptions.Published with { HiddenWidth = 8 };

        HclTimingReport report = HclTimings.Measure(experiment, CPU, 5, mlpSteps: 2,
            logisticRegression: LogisticRegressionOptions.Published with { Steps = 2 }, mlp: mlp);

        Assert.Equal(HclMatrixProducts.MlpStepFlops(60, 24, 8, 60), report.MlpStepFlops);
        // Every target sweeps at least once and at most 10 times; the count uses the sweeps the attack reported.
        Assert.InRange(report.CoordinateAscentTargetSweeps, report.Singletons, 10L * report.Singletons);
        Assert.Equal(report.CoordinateAscentMeanSweeps * report.Singletons, report.CoordinateAscentTargetSweeps, 9);
        Assert.Equal(HclMatrixProducts.CoordinateAscentFlops(report.Singletons, report.CoordinateAscentTargetSweeps, 24, 8, 60), report.CoordinateAscentFlops);
    }
}
