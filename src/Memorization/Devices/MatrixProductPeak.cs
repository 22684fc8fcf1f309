using System.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Devices;

/// <summary>
/// The machine's float32 matrix-product (sgemm) rate measured inside a run (docs/engineering.md#performance-targets):
/// <c>torch.mm</c> of each given shape on the given device and threads, warm-up calls first, then the best of K timed
/// calls. The best of the shapes is the run's peak, against which a training step's or an attack's rate is read. Measured
/// in the same process as what it is compared with, so thread count, LibTorch build and CPU dispatch are the same.
/// </summary>
public static class MatrixProductPeak
{
    /// <summary>Times <c>torch.mm(A, B)</c> of every shape in <paramref name="shapes"/>.</summary>
    /// <param name="shapes">The products to time (at least one).</param>
    /// <param name="device">Where to run; the thread count is the process's (<c>torch.set_num_threads</c>).</param>
    /// <param name="repeats">Timed calls per shape, ≥ 1; the fastest counts.</param>
    /// <param name="warmups">Untimed calls per shape first, ≥ 0 (first-touch of memory, thread-pool start, kernel choice).</param>
    /// <param name="seed">Seed of the operands (uniform in [0, 1): no denormals; the values do not change the work).</param>
    /// <exception cref="InvalidParameterException">No shape, a shape with a dimension &lt; 1, or repeats/warm-ups out of range.</exception>
    public static MatrixProductPeakReport Measure(IReadOnlyList<MatrixProductShape> shapes, Device device, int repeats = 5, int warmups = 2, ulong seed = 0)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        ArgumentNullException.ThrowIfNull(device);
        if (shapes.Count == 0)
        {
            throw new InvalidParameterException(nameof(shapes), "MatrixProductPeak needs at least one shape to time, e.g. MatrixProductShape.Square(2048).");
        }
        if (repeats < 1)
        {
            throw new InvalidParameterException(nameof(repeats), $"MatrixProductPeak repeats = {repeats} must be ≥ 1 (the best of the timed calls counts).");
        }
        if (warmups < 0)
        {
            throw new InvalidParameterException(nameof(warmups), $"MatrixProductPeak warmups = {warmups} must be ≥ 0.");
        }
        foreach (MatrixProductShape shape in shapes)
        {
            shape.Validate();
        }

        using var noGrad = no_grad();
        using var generator = new Generator(seed);
        var timings = new List<MatrixProductTiming>(shapes.Count);
        foreach (MatrixProductShape shape in shapes)
        {
            using var scope = NewDisposeScope();
            Tensor a = rand([shape.M, shape.K], ScalarType.Float32, generator: generator).to(device);
            Tensor b = rand([shape.K, shape.N], ScalarType.Float32, generator: generator).to(device);
            for (int i = 0; i < warmups; i++)
            {
                Product(a, b, device);
            }
            double best = double.PositiveInfinity;
            for (int i = 0; i < repeats; i++)
            {
                long start = Stopwatch.GetTimestamp();
                Product(a, b, device);
                best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalSeconds);
            }
            timings.Add(new MatrixProductTiming(shape, best));
        }
        string description = device.type == DeviceType.CPU ? $"cpu ({get_num_threads()} threads)" : device.ToString();
        return new MatrixProductPeakReport(description, repeats, timings);
    }

    // One product, finished: a GPU queues kernels, so the clock stops only after the device has run it.
    private static void Product(Tensor a, Tensor b, Device device)
    {
        using Tensor c = mm(a, b);
        if (device.type == DeviceType.CUDA)
        {
            cuda.synchronize(device);
        }
    }
}
