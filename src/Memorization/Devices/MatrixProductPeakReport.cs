namespace Memorization.Devices;

/// <summary>The matrix products timed in one run and the peak they reached (<see cref="MatrixProductPeak"/>).</summary>
/// <param name="Device">Where they ran, e.g. <c>cpu (2 threads)</c>.</param>
/// <param name="Repeats">Timed repeats per shape (after the warm-up).</param>
/// <param name="Timings">One entry per shape, in the order given.</param>
public sealed record MatrixProductPeakReport(string Device, int Repeats, IReadOnlyList<MatrixProductTiming> Timings)
{
    /// <summary>The sgemm peak of this run: the best GFLOP/s over the shapes.</summary>
    public double PeakGflops => Timings.Max(t => t.Gflops);

    /// <summary>The share of <see cref="PeakGflops"/> that a rate of <paramref name="gflops"/> reaches.</summary>
    public double ShareOfPeak(double gflops) => gflops / PeakGflops;
}
