using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Size;
using Memorization.Claims.Specs;
using Memorization.Configuration;
using Memorization.Devices;
using Memorization.Experiments.Size;

namespace Memorization.Tests.Claims;

public class ModelSizeMeasurementTests
{
    // A tiny sweep (n = N = 40, d = 60): one model per family, trained in well under a second.
    private const string Parameters = """
              subpopulations: 40
              dimension: 60
              test_size: 50
              lr_steps: 10
              mlp_steps: 20
              mlp_decay_after: 10
              quantise_bits: "1 32"
              prune_keep: "0.1"
              row_sign_keep: "0.2"
              factor_ranks: "2"
              scratch_ranks: "2"
              mlp_widths: "3"
              low_budget: row-sign-0.2
              split_budget: factorised-r2
              high_budget: quantised-32bit

        """;

    private static ClaimCase Case(string parameters = Parameters)
    {
        string yaml = ClaimYaml.Valid().Replace("      n: 10\n      rho: 0.25\n", "      n: 40\n      rho: 0.25\n" + parameters.Replace("        ", "      "));
        ClaimSpec claim = ClaimFileParser.Parse("claims/FAKE.yaml", yaml).Spec!;
        return new ClaimCase(claim, claim.FindTier(Tier.Smoke)!, "cpu", claim.Seed, TorchDevices.Resolve(DeviceOption.Cpu));
    }

    [Fact]
    public void TheSweepReportsEveryMetricEveryFamilysFigureAndTheNdLine()
    {
        var measurement = new ModelSizeMeasurement();
        ClaimMeasurementResult result = measurement.Measure(Case(), null, CancellationToken.None);
        foreach (string metric in measurement.Metrics)
        {
            Assert.NotNull(result.Find(metric, 0.999));
        }
        // The 32-bit quantised model is the full model up to rounding: same errors, (b·N·d + 32 + 32·N)/(n·d) bits.
        Assert.Equal(result.Find("full_singleton_error", 0.999)!.Value, result.Find("high_budget_singleton_error", 0.999)!.Value);
        Assert.Equal((32.0 * 40 * 60 + 32 + 32 * 40) / (40 * 60), result.Find("high_budget_bits_fraction", 0.999)!.Value, 12);
        Assert.Equal((40.0 * 60 + 40) * 32 / (40 * 60), result.Find("full_bits_fraction", 0.999)!.Value, 12);
        // The forgetting gap is singleton − well-represented error of the split-budget model, on its Bonferroni interval.
        MetricValue gap = result.Find("split_budget_forgetting_gap", 0.999)!;
        MetricValue singletons = result.Find("split_budget_singleton_error", 0.999)!;
        MetricValue wellRepresented = result.Find("split_budget_well_represented_error", 0.999)!;
        Assert.Equal(singletons.Value - wellRepresented.Value, gap.Value, 12);
        Assert.True(gap.Lower <= singletons.Lower - wellRepresented.Upper && gap.Upper >= singletons.Upper - wellRepresented.Lower);
        string[] figures = result.Curves.Select(c => c.Figure).Distinct().ToArray();
        Assert.Equal(
            ["size-quantised", "size-pruned", "size-row-sign", "size-factorised", "size-low-rank-scratch", "size-narrow-mlp", "size-singletons", "size-well-represented"],
            figures);
        double nd = Math.Log2(40 * 60);
        Assert.All(figures, f => Assert.Contains(result.Curves, c => c.Figure == f && c.Name == "n·d bits" && c.Points.All(p => p.X == nd)));
        Assert.Contains(result.Notes, n => n.StartsWith("narrow-mlp-h3: ", StringComparison.Ordinal));
    }

    [Fact]
    public void NoModelIsProvedToHoldMoreBitsThanItsSize()
    {
        // I(X;M|P) ≤ H(M) ≤ size of M: a Fano bound above a model's bits would mean its size is under-counted.
        ClaimCase c = Case();
        var setup = Memorization.Claims.Measurements.Hcl.HclExperimentSetup.From(c);
        SizeSweep.Result sweep = SizeSweep.Run(setup.Parameters, setup.Seed, setup.LogisticRegression, setup.Mlp, SizeBudgetsReader.Read(c),
            c.RequireDevice().Torch, null, CancellationToken.None);
        Assert.Equal(8, sweep.Points.Count); // the full model, two quantised, one of each other family
        foreach (SizePoint p in sweep.Points)
        {
            MetricValue bound = ModelSizeMeasurement.BoundFraction("bound", p, sweep, 0.5);
            Assert.True(bound.Value * sweep.TrainingBits <= p.Bits, $"{p.Label}: bound {bound.Value * sweep.TrainingBits:F0} bits > size {p.Bits} bits");
        }
    }

    [Fact]
    public void AKeyPointThatNamesNoModelSaysWhichLabelsExist()
    {
        var ex = Assert.Throws<ClaimParameterException>(() =>
            new ModelSizeMeasurement().Measure(Case(Parameters.Replace("low_budget: row-sign-0.2", "low_budget: row-sign-0.3")), null, CancellationToken.None));
        Assert.Contains("low_budget = 'row-sign-0.3'", ex.Message);
        Assert.Contains("row-sign-0.2", ex.Message);
    }
}
