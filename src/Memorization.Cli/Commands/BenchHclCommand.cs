using System.Globalization;
using System.Text.Json;
using Memorization.Attacks;
using Memorization.Claims.Measurements.Hcl;
using Memorization.Configuration;
using Memorization.Devices;
using Memorization.Experiments.Hcl;
using Memorization.Tasks;
using Spectre.Console;
using Spectre.Console.Cli;
using TorchSharp;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro bench hcl</c> (issue 5): the published experiment's pieces at the paper shapes (n = N = 500, d = 1000,
/// published ρ, seed 123) on this machine, through <see cref="HclTimings"/>: logistic regression (50 steps), MLP per
/// step, the sign attack and coordinate ascent over ALL singletons at one checkpoint, the informed attack, and the
/// whole experiment estimated from them (<see cref="HclBenchSummary"/>). The counterpart of
/// <c>benchmarks/pytorch/published_structure.py</c> (same shapes, threads and MLP steps). A console command rather
/// than a BenchmarkDotNet class: each measurement is one run of seconds to minutes that needs a trained model, and
/// the output is a table and JSON set beside the PyTorch script's, not a micro-benchmark.
/// </summary>
public sealed class BenchHclCommand(ReproEnvironment environment) : Command<BenchHclSettings>
{
    public override int Execute(CommandContext context, BenchHclSettings settings)
    {
        settings.Check();
        DeviceOption option = OptionParser.Parse<DeviceOption>(settings.Device, "--device");
        ResolvedDevice device = (environment.ResolveDevice ?? TorchDevices.Resolve)(option);
        torch.set_num_threads(settings.Threads);

        HclDataSet data = HclDataSet.Generate(HclParameters.Paper, settings.Seed);
        HclExperimentData tensors = HclExperimentTensors.From(data, device.Torch);
        environment.Out.WriteLine(Invariant($"repro bench hcl: {data.Parameters}, {data.SingletonIndices.Count} singletons, device {device.Description}, {torch.get_num_threads()} threads, {settings.Repeats} repeat(s)"));

        var reports = new List<HclTimingReport>();
        for (int repeat = 0; repeat < settings.Repeats; repeat++)
        {
            HclTimingReport report = HclTimings.Measure(tensors, device.Torch, settings.Seed, settings.MlpSteps,
                log: line => environment.Out.WriteLine($"  [{repeat + 1}/{settings.Repeats}] {line}"),
                // The informed attack is timed in the first repeat only: at paper scale it takes minutes (2·S probes per
                // unfixed coordinate per target), and its cost does not depend on the training state.
                informed: repeat == 0 && settings.InformedSamples > 0 ? new InformedAttack(settings.InformedSamples) : null);
            reports.Add(report);
        }

        HclBenchSummary summary = HclBenchSummary.From(reports, torch.get_num_threads());
        Print(summary);
        if (settings.Json is { } path)
        {
            var options = new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
            File.WriteAllText(path, JsonSerializer.Serialize(summary, options) + Environment.NewLine);
            environment.Out.WriteLine($"wrote {path}");
        }

        return ExitCodes.Ok;
    }

    private void Print(HclBenchSummary s)
    {
        var table = new Table().AddColumns("piece", $"median of {s.Repeats}");
        table.AddRow("logistic regression, 50 steps", Invariant($"{s.LrTotalS:F3} s ({s.LrStepMs:F1} ms/step)"));
        table.AddRow("MLP per step", Invariant($"{s.MlpStepMs:F1} ms (mean of {s.MlpStepsTimed}; × 2000 = {2000 * s.MlpStepMs / 1000:F0} s)"));
        table.AddRow($"sign attack, all {s.Singletons} singletons", Invariant($"{s.SignAttackAllS:F2} s ({1000 * s.SignAttackSPerSingleton:F1} ms/singleton)"));
        table.AddRow($"coordinate ascent, all {s.Singletons} singletons", Invariant(
            $"{s.CoordinateAscentAllS:F2} s ({1000 * s.CoordinateAscentSPerSingleton:F1} ms/singleton, {s.CoordinateAscentMeanSweeps:F2} sweeps; MLP after {s.MlpStepsTimed} steps)"));
        table.AddRow($"informed attack, all {s.Singletons} singletons", s.InformedAttackAllS is { } informed ? Invariant($"{informed:F2} s (first repeat only; on the logistic regression)") : "not timed");
        table.AddRow("experiment, all singletons at every checkpoint", Invariant(
            $"{s.ExperimentTotalS:F0} s (LR {s.ExperimentLrPartS:F0} s over {s.LrCheckpoints} checkpoints, MLP {s.ExperimentMlpPartS:F0} s over {s.MlpCheckpoints})"));
        table.AddRow("cpu time (all threads)", Invariant(
            $"LR {s.Cpu.LrTotalS:F3} s, MLP {s.Cpu.MlpStepMs:F1} ms/step, sign {s.Cpu.SignAttackAllS:F2} s, ascent {s.Cpu.CoordinateAscentAllS:F2} s"));
        environment.Console.Write(table);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
