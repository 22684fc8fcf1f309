using Memorization.Devices;

namespace Memorization.Cli.Commands;

/// <summary>One timed matrix product of the in-run sgemm peak, as the bench's JSON and table show it.</summary>
/// <param name="Label">What the product is.</param>
/// <param name="M">Rows of A and C.</param>
/// <param name="K">The summed dimension.</param>
/// <param name="N">Columns of B and C.</param>
/// <param name="Gflops">2·m·k·n ÷ the best time ÷ 10⁹.</param>
/// <param name="BestMs">The best of the timed calls, milliseconds.</param>
public sealed record HclSgemmShape(string Label, int M, int K, int N, double Gflops, double BestMs)
{
    /// <summary>The row of <paramref name="timing"/>.</summary>
    public static HclSgemmShape From(MatrixProductTiming timing)
    {
        ArgumentNullException.ThrowIfNull(timing);
        return new(timing.Shape.Label, timing.Shape.M, timing.Shape.K, timing.Shape.N, timing.Gflops, 1000.0 * timing.BestSeconds);
    }
}
