using System.Globalization;
using Memorization.Claims.Presets;
using Memorization.Configuration;
using Memorization.Devices;
using Memorization.Evaluation;
using Memorization.Information;
using Spectre.Console;
using Spectre.Console.Cli;
using Memorization.Cli.Yardsticks;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro tasks</c>: for one tier and seed, each task's singleton fraction (observed and expected), the Bayes-optimal
/// and forgetful errors on each query set, and (tiny tier, tiny preset instance) the exact information — the closed-form
/// side of the paper, no training (Yardsticks/TaskReport.cs). Smoke and paper use the parameters of the claims' shared
/// experiments (claims/experiments/hcl.yaml, nsp.yaml; <see cref="TaskPresets"/>). Size options (<c>--n</c>, <c>--N</c>,
/// <c>--d</c>, <c>--delta</c>, <c>--rho</c>, <c>--rho-a</c>, <c>--test-size</c>) describe an instance of the reader's
/// choice, the missing values taken from the tier's preset (<see cref="TaskInstanceOptions"/>).
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
        // Options first: a bad size is refused before the device is resolved or any data generated.
        TaskInstances instances = TaskInstanceOptions.Resolve(settings, tier, () => TaskPresets.Load(environment.Repository(settings.Root)));
        ResolvedDevice device = (environment.ResolveDevice ?? TorchDevices.Resolve)(settings.ResolveDevice(environment.Settings));
        TaskReport report = TaskReport.Run(tier, instances.Hcl, instances.Nsp, settings.Seed, device.Torch, settings.Confidence);
        environment.Out.WriteLine($"tier {tier.ToString().ToLowerInvariant()}, seed {settings.Seed}, device {device.Description}, intervals at {settings.Confidence:P1}");
        foreach (TaskSummary task in report.Tasks)
        {
            Print(task, ReferenceEquals(task, report.Hcl) ? instances.HclSources : instances.NspSources, tier);
        }

        return ExitCodes.Ok;
    }

    private void Print(TaskSummary task, string? sources, Tier tier)
    {
        environment.Out.WriteLine();
        environment.Out.WriteLine($"{task.Task}: {task.Parameters}");
        if (sources is not null)
        {
            environment.Out.WriteLine($"  {sources}");
        }
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

        if (tier == Tier.Tiny && task.Exact.Count == 0)
        {
            environment.Out.WriteLine("  exact information: not computed (the enumeration is sized for the tiny preset's instance only)");
        }
    }

    private static string Format(ErrorEstimate? error) =>
        error is null ? "(no queries)" : Invariant($"{error.Rate:F4} [{error.Lower:F4}, {error.Upper:F4}] ({error.Count} queries)");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
