using Memorization.Devices;
using static TorchSharp.torch;

namespace Memorization.Tests.Devices;

public class MatrixProductPeakTests
{
    [Fact]
    public void TinyShapesGiveAPositiveFiniteRateEachAndThePeakIsTheBest()
    {
        MatrixProductShape[] shapes = [MatrixProductShape.Square(16), new("thin", 3, 40, 5), new("wide", 8, 2, 64)];
        MatrixProductPeakReport report = MatrixProductPeak.Measure(shapes, CPU, repeats: 3, warmups: 1);

        Assert.Equal(shapes, report.Timings.Select(t => t.Shape));
        Assert.Equal(3, report.Repeats);
        Assert.All(report.Timings, t => Assert.True(double.IsFinite(t.Gflops) && t.Gflops > 0 && t.BestSeconds > 0, $"{t.Shape}: {t.Gflops} GFLOP/s in {t.BestSeconds} s"));
        Assert.Equal(report.Timings.Max(t => t.Gflops), report.PeakGflops);
        Assert.Equal(0.5, report.ShareOfPeak(report.PeakGflops / 2), 12);
        Assert.StartsWith("cpu (", report.Device);
    }

    [Fact]
    public void AProductCountsTwoFlopsPerTermAndItsRateFollowsFromTheBestTime()
    {
        var shape = new MatrixProductShape("x", 2, 3, 5);
        Assert.Equal(60.0, shape.Flops);
        Assert.Equal(2.0 * 2048 * 2048 * 2048, MatrixProductShape.Square(2048).Flops);
        Assert.Equal(60.0 / 1e-6 / 1e9, new MatrixProductTiming(shape, 1e-6).Gflops, 12);
        Assert.Equal("x (2×3·3×5)", shape.ToString());
    }

    [Fact]
    public void BadArgumentsAreRefusedNamingTheParameter()
    {
        var ok = new MatrixProductShape("ok", 2, 2, 2);
        Assert.Contains("at least one shape", Assert.Throws<InvalidParameterException>(() => MatrixProductPeak.Measure([], CPU)).Message);
        Assert.Contains("repeats = 0 must be ≥ 1", Assert.Throws<InvalidParameterException>(() => MatrixProductPeak.Measure([ok], CPU, repeats: 0)).Message);
        Assert.Contains("warmups = -1 must be ≥ 0", Assert.Throws<InvalidParameterException>(() => MatrixProductPeak.Measure([ok], CPU, warmups: -1)).Message);
        InvalidParameterException empty = Assert.Throws<InvalidParameterException>(() => MatrixProductPeak.Measure([new("empty", 2, 0, 2)], CPU));
        Assert.Equal("k", empty.Parameter);
        Assert.Contains("'empty': k = 0 must be ≥ 1", empty.Message);
    }
}
