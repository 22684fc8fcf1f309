using System.Diagnostics;
using Memorization.Configuration;
using Memorization.Evaluation;
using Memorization.Information;
using Memorization.Tasks;
using Memorization.Tests.Claims.Presets;
using TorchSharp;
using Xunit.Abstractions;
using Memorization.Cli.Yardsticks;

namespace Memorization.Tests.Evaluation;

/// <summary>The report facade on the smoke and tiny presets (docs/bayes-optimal.md#forgetful-predictors: the price of not memorizing).</summary>
public class TaskReportTests(ITestOutputHelper output)
{
    private const double Confidence = 0.999;

    private void Print(TaskSummary task)
    {
        output.WriteLine($"{task.Parameters}: singletons {task.SingletonFraction:F4} [{task.SingletonInterval.Lower:F4}, {task.SingletonInterval.Upper:F4}], expected {task.ExpectedSingletonFraction:F4}");
        foreach (SplitErrors split in task.Splits)
        {
            output.WriteLine($"  {split.Split}: bayes {split.Bayes}, forgetful {split.Forgetful}, log-loss {split.BayesLogLoss:F4} / {split.ForgetfulLogLoss:F4}");
        }
        foreach (ExactInformationSummary exact in task.Exact)
        {
            output.WriteLine($"  exact {exact.Learner}: I = {exact.ModelInformation.Mean:F3} [{exact.ModelInformation.Lower:F3}, {exact.ModelInformation.Upper:F3}], " +
                $"H = {exact.DataEntropy.Mean:F3}, Fano = {exact.FanoBound.Mean:F3} bits over {exact.Instances.Count} instances");
        }
    }

    [Fact]
    public void SmokeReportShowsThePriceOfForgetting()
    {
        TaskReport report = TaskReport.Run(Tier.Smoke, RepositoryPresets.Presets.Hcl(Tier.Smoke), RepositoryPresets.Presets.Nsp(Tier.Smoke), 123, torch.CPU, Confidence);
        Assert.Equal(["HCL", "NSP"], report.Tasks.Select(t => t.Task));
        foreach (TaskSummary task in report.Tasks)
        {
            Print(task);
            Assert.Equal(Enum.GetValues<QuerySplit>(), task.Splits.Select(s => s.Split));
            SplitErrors singletons = task.Splits.Single(s => s.Split == QuerySplit.Singletons);
            // Separate 99.9% Clopper–Pearson intervals on the same queries: Bayes is clearly better on singletons.
            Assert.True(singletons.Bayes!.Upper < singletons.Forgetful!.Lower, $"{task.Task}: Bayes {singletons.Bayes}, forgetful {singletons.Forgetful}");
            Assert.Empty(task.Exact);
        }
        // HCL: a forgetful learner can only guess among unseen labels on singleton queries (chance ≤ 1/#unseen).
        Assert.True(report.Hcl!.Splits.Single(s => s.Split == QuerySplit.Singletons).Forgetful!.Lower > 0.9);
    }

    [Fact]
    public void TinyReportHasExactInformation()
    {
        var watch = Stopwatch.StartNew();
        TaskReport report = TaskReport.Run(Tier.Tiny, TinyPresets.Hcl, TinyPresets.Nsp, 123, torch.CPU, 0.95, exactInstances: 2);
        output.WriteLine($"tiny report: {watch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(["HCL", "NSP"], report.Tasks.Select(t => t.Task));
        foreach (TaskSummary task in report.Tasks)
        {
            Print(task);
            ExactInformationSummary bayes = task.Exact.Single(e => e.Learner == "bayes-optimal");
            ExactInformationSummary forgetful = task.Exact.Single(e => e.Learner == "bayes-forgetful");
            for (int i = 0; i < 2; i++)
            {
                // The exact chain 0 ≤ Fano ≤ I(X;M|P) ≤ H(X|P) per instance, for both learners.
                foreach (ExactInformation x in new[] { bayes.Instances[i], forgetful.Instances[i] })
                {
                    Assert.InRange(x.FanoBound, 0.0, x.ModelInformation + 1e-9);
                    Assert.InRange(x.ModelInformation, 0.0, x.DataEntropy + 1e-9);
                }
            }
        }
    }
}
