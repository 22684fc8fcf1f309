using System.Text.Json;
using Memorization.Claims.Measurements.Hcl;
using Memorization.Cli.Commands;
using Memorization.Cli.Json;
using Memorization.Devices;
using Memorization.Experiments.Hcl;
using Memorization.Tests.Claims;

namespace Memorization.Tests.Cli;

public class BenchHclSummaryTests
{
    /// <summary>A fake in-run peak: 1 GFLOP/s from the first shape (2·10³ flops in 2 µs), 0.2 from the second.</summary>
    internal static MatrixProductPeakReport Peak() => new("cpu (test)", 5,
    [
        new MatrixProductTiming(new MatrixProductShape("small", 10, 10, 10), 2e-6),
        new MatrixProductTiming(new MatrixProductShape("large", 100, 100, 100), 0.01),
    ]);

    private static HclTimingReport Report(double mlpStep, double ascent, double ascentFlops) =>
        new("cpu (test)", 10, TimeSpan.FromSeconds(1), 50, TimeSpan.FromSeconds(mlpStep), 30, TimeSpan.FromSeconds(1),
            TimeSpan.FromSeconds(ascent), 2.0, 0.9, 0.8, [TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero])
        {
            MlpStepFlops = 0.1e9,
            CoordinateAscentTargetSweeps = 20,
            CoordinateAscentFlops = ascentFlops,
        };

    [Fact]
    public void SharesOfThePeakDivideEachPiecesMatrixProductRateByTheBestShape()
    {
        // Step medians 0.2 s → 0.1 GFLOP / 0.2 s = 0.5 GFLOP/s; ascent rates 2/4, 3/10, 1/1 GFLOP/s → median 0.5.
        HclBenchSummary summary = HclBenchSummary.From([Report(0.2, 4, 2e9), Report(0.1, 10, 3e9), Report(0.3, 1, 1e9)], 2, Peak());

        Assert.Equal(1.0, summary.SgemmPeakGflops, 9);
        Assert.Equal(["small", "large"], summary.SgemmShapes.Select(s => s.Label));
        Assert.Equal(0.2, summary.SgemmShapes[1].Gflops, 9);
        Assert.Equal(10.0, summary.SgemmShapes[1].BestMs, 9);
        Assert.Equal(0.1, summary.MlpStepGflop, 12);
        Assert.Equal(0.5, summary.MlpStepGflops, 9);
        Assert.Equal(0.5, summary.MlpStepShareOfPeak, 9);
        Assert.Equal(2.0, summary.CoordinateAscentGflop, 9);
        Assert.Equal(0.5, summary.CoordinateAscentGflops, 9);
        Assert.Equal(0.5, summary.CoordinateAscentShareOfPeak, 9);
    }

    [Fact]
    public void TheJsonCarriesThePeakTheShapesAndTheShares()
    {
        HclBenchSummary summary = HclBenchSummary.From([Report(0.2, 4, 2e9)], 2, Peak());
        using JsonDocument json = JsonDocument.Parse(BenchJson.Serialize(summary));
        JsonElement root = json.RootElement;

        foreach (string field in new[] { "sgemm_peak_gflops", "mlp_step_gflop", "mlp_step_gflops", "mlp_step_share_of_peak",
                     "coordinate_ascent_gflop", "coordinate_ascent_gflops", "coordinate_ascent_share_of_peak", "mlp_step_ms" })
        {
            Assert.True(root.TryGetProperty(field, out JsonElement value) && value.ValueKind == JsonValueKind.Number, $"{field} is missing or not a number");
        }
        JsonElement shape = root.GetProperty("sgemm_shapes")[1];
        Assert.Equal((100, 100, 100), (shape.GetProperty("m").GetInt32(), shape.GetProperty("k").GetInt32(), shape.GetProperty("n").GetInt32()));
        Assert.Equal(0.2, shape.GetProperty("gflops").GetDouble(), 9);
        Assert.Equal("torchsharp-all-singletons", root.GetProperty("side").GetString());
    }

    private static HclFullExperimentTimes Full(double total, double training, double ascent) => new(
        [
            new(HclFullExperimentTimes.LogisticRegression, 2, 4),
            new(HclFullExperimentTimes.MlpTraining, training, 2 * training),
            new(HclFullExperimentTimes.MlpCheckpointWork, ascent, 2 * ascent),
            new(HclFullExperimentTimes.MlpRest, 1, 2),
        ],
        new HclStageTime("total", total, 2 * total), 172, 26, 41, 2000, 0.6 * ascent, 0.4 * ascent, 0.1e9, 30e9, 10e9, 0.2 * ascent);

    [Fact]
    public void TheFullSummaryTakesEachStagesMedianAndTheTrainingRate()
    {
        HclFullBenchSummary summary = HclFullBenchSummary.From([Full(500, 400, 90), Full(300, 200, 70), Full(400, 100, 80)], "cpu (test)", 2, Peak());

        Assert.Equal(400, summary.FullExperimentS, 9);
        Assert.Equal(800, summary.FullExperimentCpuS, 9);
        HclStageTime training = summary.FullExperimentStages.Single(s => s.Stage == HclFullExperimentTimes.MlpTraining);
        Assert.Equal((200.0, 400.0), (training.WallS, training.CpuS));
        Assert.Equal(48, summary.MlpMetricAttackS, 9);
        // 2000 updates × 0.1 GFLOP over the training stage: 1 GFLOP/s at 200 s, 0.5 at 400 s, 2 at 100 s → median 1.
        Assert.Equal(1.0, summary.MlpStepGflops, 9);
        Assert.Equal(100.0, summary.MlpStepMs, 9);
        Assert.Equal(1.0, summary.MlpStepShareOfPeak, 9);
        // Coordinate ascent = the attacks' time less the informed attack's: 0.8 × the median 80 s; 30 GFLOP of it.
        Assert.Equal(64, summary.MlpCoordinateAscentS, 9);
        Assert.Equal(30.0 / 64, summary.MlpCoordinateAscentGflops, 9);
        Assert.Equal(16, summary.MlpInformedS, 9);
        // The floor: 2000 × 0.1 + 30 + 10 GFLOP at the 1 GFLOP/s peak.
        Assert.Equal(240, summary.MlpCountedGflop, 9);
        Assert.Equal(240, summary.MlpFloorS, 9);
        Assert.Throws<ArgumentException>(() => HclFullBenchSummary.From([], "cpu", 2, Peak()));

        using JsonDocument json = JsonDocument.Parse(BenchJson.Serialize(summary));
        JsonElement root = json.RootElement;
        Assert.Equal(400, root.GetProperty("full_experiment_s").GetDouble(), 9);
        Assert.Equal(4, root.GetProperty("full_experiment_stages").GetArrayLength());
        Assert.Equal("mlp training", root.GetProperty("full_experiment_stages")[1].GetProperty("stage").GetString());
        Assert.Equal(1.0, root.GetProperty("mlp_step_share_of_peak").GetDouble(), 9);
        Assert.Equal(240, root.GetProperty("mlp_floor_s").GetDouble(), 9);
        Assert.Equal(30.0 / 64 / 1.0, root.GetProperty("mlp_coordinate_ascent_share_of_peak").GetDouble(), 9);
        Assert.Equal(1.0, root.GetProperty("sgemm_peak_gflops").GetDouble(), 9);
        Assert.Equal("torchsharp-full-experiment", root.GetProperty("side").GetString());
    }

    [Theory]
    [InlineData("--mlp-steps", "5", "--mlp-steps sets how many MLP updates the piecewise timing runs; --full runs the published schedule")]
    [InlineData("--informed-samples", "0", "Drop --informed-samples or --full")]
    public void FullRefusesThePiecewiseOptions(string option, string value, string message)
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        var (code, output) = CliHarness.Repro(repo, FakeMeasurement.Catalog(), "bench", "hcl", "--full", option, value);
        Assert.Equal(2, code);
        Assert.Contains(message, output);
        Assert.DoesNotContain("repro bench hcl --full:", output); // refused before the peak or any training
    }

    [Fact]
    public void FullNeedsTheSharedExperimentFileAndSaysWhichBeforeMeasuring()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        var (code, output) = CliHarness.Repro(repo, FakeMeasurement.Catalog(), "bench", "hcl", "--full", "--device", "cpu");
        Assert.Equal(2, code);
        Assert.Contains("claims/experiments/hcl.yaml, which does not exist", output);
        Assert.DoesNotContain("sgemm peak", output);
    }

    [Fact]
    public void RepeatsDefaultToOneExperimentWithFullAndThreePiecewise()
    {
        Assert.Equal(1, new BenchHclSettings { Full = true }.EffectiveRepeats);
        Assert.Equal(3, new BenchHclSettings().EffectiveRepeats);
        Assert.Equal(2, new BenchHclSettings { Full = true, Repeats = 2 }.EffectiveRepeats);
    }
}
