using System.Globalization;
using Memorization.Attacks;
using Memorization.Claims.Measurements.Hcl;
using Memorization.Claims.Presets;
using Memorization.Cli.Infrastructure;
using Memorization.Cli.Json;
using Memorization.Configuration;
using Memorization.Devices;
using Memorization.Experiments.Hcl;
using Memorization.Learners.Trained;
using Memorization.Tasks;
using Spectre.Console;
using Spectre.Console.Cli;
using TorchSharp;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro bench hcl</c> (issues 5, 14): the published experiment's pieces at the paper shapes (n = N = 500, d = 1000,
/// published ρ, seed 123) on this machine, through <see cref="HclTimings"/>: logistic regression (50 steps), MLP per
/// step, the sign attack and coordinate ascent over ALL singletons at one checkpoint, the informed attack, and the
/// whole experiment estimated from them (<see cref="HclBenchSummary"/>). First it measures the machine's sgemm peak in
/// the same process (<see cref="MatrixProductPeak"/>) and reports the MLP update's and coordinate ascent's matrix-product
/// rates as shares of it. With <c>--full</c> it runs the paper-tier experiment end to end instead, exactly as the HCL
/// claims run it (<see cref="HclFullExperimentTiming"/>, <see cref="HclFullBenchSummary"/>). The counterpart of
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
        // Read before any training: a missing or broken experiment file is refused in a second, not after the peak.
        HclExperimentSetup? full = settings.Full ? TaskPresets.Load(environment.Repository(settings.Root)).HclSetup(Tier.Paper, settings.Seed) : null;
        ResolvedDevice device = (environment.ResolveDevice ?? TorchDevices.Resolve)(option);
        torch.set_num_threads(settings.Threads);
        return full is null ? Pieces(settings, device) : Full(settings, device, full);
    }

    private int Pieces(BenchHclSettings settings, ResolvedDevice device)
    {
        HclDataSet data = HclDataSet.Generate(HclParameters.Paper, settings.Seed);
        HclExperimentData tensors = HclExperimentTensors.From(data, device.Torch);
        int repeats = settings.EffectiveRepeats;
        environment.Out.WriteLine(Invariant($"repro bench hcl: {data.Parameters}, {data.SingletonIndices.Count} singletons, device {device.Description}, {torch.get_num_threads()} threads, {repeats} repeat(s)"));
        MatrixProductPeakReport peak = Peak(settings, device, data.Parameters, MlpOptions.Published.HiddenWidth, data.SingletonIndices.Count);

        var reports = new List<HclTimingReport>();
        for (int repeat = 0; repeat < repeats; repeat++)
        {
            HclTimingReport report = HclTimings.Measure(tensors, device.Torch, settings.Seed, settings.EffectiveMlpSteps,
                log: line => environment.Out.WriteLine($"  [{repeat + 1}/{repeats}] {line}"),
                // The informed attack is timed in the first repeat only: at paper scale it takes minutes (2·S probes per
                // unfixed coordinate per target), and its cost does not depend on the training state.
                informed: repeat == 0 && settings.EffectiveInformedSamples > 0 ? new InformedAttack(settings.EffectiveInformedSamples) : null);
            reports.Add(report);
        }

        HclBenchSummary summary = HclBenchSummary.From(reports, torch.get_num_threads(), peak);
        Print(summary);
        WriteJson(settings, summary);
        return ExitCodes.Ok;
    }

    private int Full(BenchHclSettings settings, ResolvedDevice device, HclExperimentSetup setup)
    {
        int repeats = settings.EffectiveRepeats;
        environment.Out.WriteLine(Invariant(
            $"repro bench hcl --full: the paper-tier HCL experiment as the claims run it, {setup.Parameters}, seed {setup.Seed}, device {device.Description}, {torch.get_num_threads()} threads, {repeats} repeat(s)"));
        MatrixProductPeakReport peak = Peak(settings, device, setup.Parameters, setup.Mlp.HiddenWidth, targets: 0);

        var runs = new List<HclFullExperimentTimes>();
        for (int repeat = 0; repeat < repeats; repeat++)
        {
            HclFullExperimentTimes run;
            // Plain lines every 15 s: the paper-tier run takes minutes, on a terminal or in a log alike.
            using (var lines = new PlainProgressLines(environment.Out, Invariant($"bench hcl --full [{repeat + 1}/{repeats}]"),
                       environment.ProgressInterval ?? PlainProgressLines.DefaultInterval).StartTimer())
            {
                run = HclFullExperimentTiming.Measure(setup, device.Torch, lines);
            }
            runs.Add(run);
            environment.Out.WriteLine(Invariant($"  [{repeat + 1}/{repeats}] experiment: {run.Total.WallS:F1} s (cpu {run.Total.CpuS:F1} s)"));
        }

        HclFullBenchSummary summary = HclFullBenchSummary.From(runs, device.Description, torch.get_num_threads(), peak);
        PrintFull(summary);
        WriteJson(settings, summary);
        return ExitCodes.Ok;
    }

    // The sgemm peak of this process at this run's shapes: before the pieces, so both see the same threads and dispatch.
    private MatrixProductPeakReport Peak(BenchHclSettings settings, ResolvedDevice device, HclParameters parameters, int hidden, int targets)
    {
        IReadOnlyList<MatrixProductShape> shapes = HclMatrixProducts.PeakShapes(
            settings.SgemmSquare, parameters.TrainingSize, parameters.Dimension, hidden, parameters.Subpopulations, targets);
        MatrixProductPeakReport peak = MatrixProductPeak.Measure(shapes, device.Torch, settings.SgemmRepeats);
        environment.Out.WriteLine(Invariant($"  sgemm peak {peak.PeakGflops:F1} GFLOP/s (best of {settings.SgemmRepeats} per shape over {shapes.Count} shapes)"));
        return peak;
    }

    private void WriteJson<T>(BenchHclSettings settings, T summary)
    {
        if (settings.Json is not { } path)
        {
            return;
        }
        File.WriteAllText(path, BenchJson.Serialize(summary) + Environment.NewLine);
        environment.Out.WriteLine($"wrote {path}");
    }

    private void Print(HclBenchSummary s)
    {
        var table = new Table().AddColumns("piece", $"median of {s.Repeats}");
        table.AddRow("sgemm peak (in this run)", Invariant($"{s.SgemmPeakGflops:F1} GFLOP/s (best of {s.SgemmShapes.Count} shapes)"));
        table.AddRow("logistic regression, 50 steps", Invariant($"{s.LrTotalS:F3} s ({s.LrStepMs:F1} ms/step)"));
        table.AddRow("MLP per step", Invariant(
            $"{s.MlpStepMs:F1} ms (mean of {s.MlpStepsTimed}; × 2000 = {2000 * s.MlpStepMs / 1000:F0} s); {s.MlpStepGflop:F2} GFLOP, {s.MlpStepGflops:F1} GFLOP/s = {100 * s.MlpStepShareOfPeak:F0}% of peak"));
        table.AddRow($"sign attack, all {s.Singletons} singletons", Invariant($"{s.SignAttackAllS:F2} s ({1000 * s.SignAttackSPerSingleton:F1} ms/singleton)"));
        table.AddRow($"coordinate ascent, all {s.Singletons} singletons", Invariant(
            $"{s.CoordinateAscentAllS:F2} s ({1000 * s.CoordinateAscentSPerSingleton:F1} ms/singleton, {s.CoordinateAscentMeanSweeps:F2} sweeps; MLP after {s.MlpStepsTimed} steps); {s.CoordinateAscentGflop:F0} GFLOP, {s.CoordinateAscentGflops:F1} GFLOP/s = {100 * s.CoordinateAscentShareOfPeak:F0}% of peak"));
        table.AddRow($"informed attack, all {s.Singletons} singletons", s.InformedAttackAllS is { } informed ? Invariant($"{informed:F2} s (first repeat only; on the logistic regression)") : "not timed");
        table.AddRow("experiment, all singletons at every checkpoint", Invariant(
            $"{s.ExperimentTotalS:F0} s (LR {s.ExperimentLrPartS:F0} s over {s.LrCheckpoints} checkpoints, MLP {s.ExperimentMlpPartS:F0} s over {s.MlpCheckpoints})"));
        table.AddRow("cpu time (all threads)", Invariant(
            $"LR {s.Cpu.LrTotalS:F3} s, MLP {s.Cpu.MlpStepMs:F1} ms/step, sign {s.Cpu.SignAttackAllS:F2} s, ascent {s.Cpu.CoordinateAscentAllS:F2} s"));
        environment.Console.Write(table);
        PrintShapes(s.SgemmShapes);
    }

    private void PrintFull(HclFullBenchSummary s)
    {
        var table = new Table().AddColumns("stage", $"wall, median of {s.Repeats}", "cpu (all threads)");
        foreach (HclStageTime stage in s.FullExperimentStages)
        {
            table.AddRow(stage.Stage, Invariant($"{stage.WallS:F1} s"), Invariant($"{stage.CpuS:F1} s"));
        }
        table.AddRow("  of which MLP attacks for the metrics / for the figures", Invariant($"{s.MlpMetricAttackS:F1} s / {s.MlpFigureAttackS:F1} s"), "");
        table.AddRow(Invariant($"whole experiment ({s.Singletons} singletons; {s.LrCheckpoints} LR and {s.MlpCheckpoints} MLP checkpoints)"),
            Invariant($"{s.FullExperimentS:F1} s"), Invariant($"{s.FullExperimentCpuS:F1} s"));
        table.AddRow(Invariant($"MLP update ({s.MlpSteps} in the run)"),
            Invariant($"{s.MlpStepMs:F1} ms; {s.MlpStepGflop:F2} GFLOP, {s.MlpStepGflops:F1} GFLOP/s = {100 * s.MlpStepShareOfPeak:F0}% of the {s.SgemmPeakGflops:F1} GFLOP/s peak"), "");
        table.AddRow("MLP coordinate ascent (all calls)",
            Invariant($"{s.MlpCoordinateAscentS:F1} s; {s.MlpCoordinateAscentGflop:F0} GFLOP, {s.MlpCoordinateAscentGflops:F1} GFLOP/s = {100 * s.MlpCoordinateAscentShareOfPeak:F0}% of peak"), "");
        table.AddRow("MLP informed attack", Invariant($"{s.MlpInformedS:F1} s; {s.MlpInformedGflop:F0} GFLOP, {s.MlpInformedGflops:F1} GFLOP/s"), "");
        table.AddRow("MLP floor: counted work at the peak",
            Invariant($"{s.MlpFloorS:F0} s ({s.MlpCountedGflop:F0} GFLOP ÷ {s.SgemmPeakGflops:F1} GFLOP/s; a lower bound for the MLP's part)"), "");
        environment.Console.Write(table);
        PrintShapes(s.SgemmShapes);
    }

    private void PrintShapes(IReadOnlyList<HclSgemmShape> shapes)
    {
        var table = new Table().AddColumns("sgemm shape", "m×k·k×n", "best", "GFLOP/s");
        foreach (HclSgemmShape shape in shapes)
        {
            table.AddRow(shape.Label, Invariant($"{shape.M}×{shape.K}·{shape.K}×{shape.N}"), Invariant($"{shape.BestMs:F2} ms"), Invariant($"{shape.Gflops:F1}"));
        }
        environment.Console.Write(table);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
