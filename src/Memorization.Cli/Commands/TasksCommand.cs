using System.Globalization;
using Memorization.Claims.Presets;
using Memorization.Devices;
using Memorization.Evaluation;
using Memorization.Information;
using Spectre.Console;
using Spectre.Console.Cli;
using Memorization.Cli.Yardsticks;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro tasks</c>: for one tier and seed, both tasks' singleton fraction (observed and expected), the
/// Bayes-optimal and forgetful errors on each query set, and (tiny tier) the exact information — the closed-form
/// side of the paper, no training (Evaluation/TaskReport.cs). Smoke and paper use the parameters of the claims' shared
/// experiments (claims/experiments/hcl.yaml, nsp.yaml; <see cref="TaskPresets"/>).
/// </summary>
public sealed class TasksCommand(ReproEnvironment environment) : Command<TasksSettings>
{
    public override int Execute(CommandContext context, TasksSettings settings)
    {
        if (!(settings.Confidence > 0.0 && settings.Confidence < 1.0))
        {
            throw new Configuration.InvalidOptionException("--confidence", $"--confidence = {settings.Confidence} is not valid. Valid values: a level in (0, 1), e.g. 0.95.");
        }

        var tier = settings.ResolveTier(environment.Settings);
        ResolvedDevice device = (environment.ResolveDevice ?? TorchDevices.Resolve)(settings.ResolveDevice(environment.Settings));
        TaskPresets presets = TaskPresets.Load(environment.Repository(settings.Root));
        TaskReport report = TaskReport.Run(tier, presets.Hcl(tier), presets.Nsp(tier), settings.Seed, device.Torch, settings.Confidence);
        environment.Out.WriteLine($"tier {tier.ToString().ToLowerInvariant()}, seed {settings.Seed}, device {device.Description}, intervals at {settings.Confidence:P1}");
        foreach (TaskSummary task in new[] { report.Hcl, report.Nsp })
        {
            Print(task);
        }

        return ExitCodes.Ok;
    }

    private void Print(TaskSummary task)
    {
        environment.Out.WriteLine();
        environment.Out.WriteLine($"{task.Task}: {task.Parameters}");
        environment.Out.WriteLine(Invariant($"  singleton fraction {task.SingletonFraction:F4} [{task.SingletonInterval.Lower:F4}, {task.SingletonInterval.Upper:F4}], expected Σ w(1−w)^(n−1) = {task.ExpectedSingletonFraction:F4}"));
        var table = new Table().AddColumns("query set", "Bayes-optimal error", "forgetful error");
        foreach (SplitErrors split in task.Splits)
        {
            table.AddRow(split.Split.ToString().ToLowerInvariant(), Markup.Escape(Format(split.Bayes)), Markup.Escape(Format(split.Forgetful)));
        }

        environment.Console.Write(table);
        foreach (ExactInformationSummary exact in task.Exact)
        {
            environment.Out.WriteLine(Invariant(
                $"  exact ({exact.Learner}, {exact.Instances.Count} instances): I(X;M|P) = {exact.ModelInformation.Mean:F3} [{exact.ModelInformation.Lower:F3}, {exact.ModelInformation.Upper:F3}] bits, H(X|P) = {exact.DataEntropy.Mean:F3} bits, Fano bound {exact.FanoBound.Mean:F3} bits"));
        }
    }

    private static string Format(ErrorEstimate? error) =>
        error is null ? "(no queries)" : Invariant($"{error.Rate:F4} [{error.Lower:F4}, {error.Upper:F4}] ({error.Count} queries)");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
