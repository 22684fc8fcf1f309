namespace Memorization.Devices;

/// <summary>The best time of one matrix product shape and the rate it implies.</summary>
/// <param name="Shape">The product timed.</param>
/// <param name="BestSeconds">The fastest of the timed repeats, seconds (the least disturbed run: neighbours only ever add time).</param>
public sealed record MatrixProductTiming(MatrixProductShape Shape, double BestSeconds)
{
    /// <summary>GFLOP/s at the best time: 2·m·k·n / best / 10⁹.</summary>
    public double Gflops => Shape.Flops / BestSeconds / 1e9;
}
