using Memorization.Experiments.Hcl;
using Memorization.Experiments.Size;
using Memorization.Tasks;

namespace Memorization.Tests.Claims;

/// <summary>
/// A SIZE sweep without training: a small generated HCL data set and hand-made models — the full model, two quantised
/// and two pruned compressions of it, two low-rank models trained from scratch — whose errors fall and whose
/// irrelevant-bit recovery rises with their size in bits. For tests of figure series.
/// </summary>
internal static class FakeSizeSweep
{
    private const int Queries = 24;
    private static readonly HclParameters Parameters = new(16, 8, 16, 0.3, testSize: Queries);

    public static SizeSweep.Result Result()
    {
        HclDataSet data = HclDataSet.Generate(Parameters, 7);
        int[] unfixed = HclExampleGroups.UnfixedCounts(data);
        SizePoint[] points =
        [
            Point("full", "full", 32, 32 * 9, unfixed.Length),
            Point("quantised", "quantised-1bit", 1, 9, unfixed.Length),
            Point("quantised", "quantised-4bit", 4, 36, unfixed.Length),
            Point("pruned", "pruned-0.25", 0.25, 80, unfixed.Length),
            Point("pruned", "pruned-0.5", 0.5, 152, unfixed.Length),
            Point("low-rank-scratch", "low-rank-1", 1, 24, unfixed.Length),
            Point("low-rank-scratch", "low-rank-2", 2, 48, unfixed.Length),
        ];
        return new SizeSweep.Result(data, points, Mistakes(0.5, Queries), unfixed);
    }

    // Errors from 1/2 (tiny model) down with log₂(bits); irrelevant-bit recovery from 1/2 up, a little different per singleton.
    private static SizePoint Point(string family, string label, double setting, long bits, int singletons)
    {
        double size = Math.Clamp((Math.Log2(bits) - 3) / 6, 0, 1);
        double[] recovery = Enumerable.Range(0, singletons).Select(i => Math.Min(1.0, 0.5 + 0.45 * size + 0.02 * (i % 3))).ToArray();
        return new SizePoint(family, label, setting, bits, Mistakes(0.45 - 0.35 * size, Queries), Mistakes(0.4 - 0.35 * size, 16),
            Mistakes(0.5 - 0.3 * size, Queries), recovery);
    }

    // The first round(rate · count) queries wrong.
    private static bool[] Mistakes(double rate, int count) => Enumerable.Range(0, count).Select(i => i < (int)Math.Round(rate * count)).ToArray();
}
