using System.Globalization;
using Memorization.Claims.Sweep;
using Memorization.Configuration;

namespace Memorization.Cli.Commands;

/// <summary>
/// The console summary of <c>repro run --seeds</c>: one compact block per claim, tier and device, so a reader sees at
/// a glance where a claim does not hold and how close each asserted bound came to its threshold over the seeds.
/// </summary>
public static class SeedSweepConsole
{
    /// <summary>Writes the blocks of <paramref name="sweeps"/> (run over <paramref name="seeds"/>) to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, IReadOnlyList<ulong> seeds, IReadOnlyList<SeedSweep> sweeps)
    {
        int holding = sweeps.Count(s => s.Holds);
        output.WriteLine($"repro: seed sweep over {seeds.Count} seed(s) ({SeedList.Format(seeds)}): {holding} of {sweeps.Count} claim(s) hold at every seed they ran at.");
        foreach (SeedSweep sweep in sweeps)
        {
            output.WriteLine($"  {(sweep.Holds ? "HOLDS" : "FAILS"),-5} {sweep.ClaimId} ({sweep.Tier}, {sweep.Device}): {sweep.Summary}");
            foreach (AssertionSweep a in sweep.Assertions)
            {
                output.WriteLine($"        {a.Text} at {Percent(a.Confidence)}: held {a.Held}/{a.Count}; {a.BoundKind} bound {Range(a.BoundMin, a.BoundMax)}, " +
                                 $"threshold {Range(a.ThresholdMin, a.ThresholdMax)}");
            }

            foreach (MetricSweep m in sweep.Metrics)
            {
                output.WriteLine($"        {m.Name}: mean {F(m.Mean)}, sd {(m.StandardDeviation is { } sd ? F(sd) : "—")}, min {F(m.Min)}, max {F(m.Max)} ({m.Count} seed(s))");
            }
        }
    }

    private static string Range(double? min, double? max) =>
        min is { } low && max is { } high ? low == high ? F(low) : $"{F(low)} … {F(high)}" : "not measured";

    private static string F(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Percent(double level) => (level * 100.0).ToString("0.####", CultureInfo.InvariantCulture) + "%";
}
