namespace Memorization.Cli.Yardsticks;

/// <summary>
/// How much memory <see cref="TaskReport"/> needs for an instance, estimated before anything is allocated, so that
/// <c>repro tasks</c> can refuse a size it cannot hold instead of failing part way (or overflowing an N·d array index).
/// </summary>
/// <remarks>
/// The N·d tables dominate. HCL: the instance (mask and values) and, for each of the Bayes-optimal and forgetful
/// predictors, the agreement table (1 byte), the weights in float64 and their float32 copy and tensor: about 40 bytes per
/// cell. NSP: the centres and, per predictor, the counts (int32), q, ln q, ln(1−q) in float64, three float64 tensors and
/// their source arrays: about 128 bytes per cell. Examples and queries ((n + 3·test)·d) are held as bytes plus a float
/// copy on the device, and NSP's chunked posterior work tensor adds a fixed 32 MiB. Rounded up, not measured exactly.
/// </remarks>
public static class InstanceMemory
{
    /// <summary>The largest estimate <c>repro tasks</c> accepts: 4 GiB.</summary>
    public const long LimitBytes = 4L << 30;

    /// <summary>Estimated bytes for HCL with n, d, N and <paramref name="testSize"/> queries per split.</summary>
    public static double Hcl(double n, double d, double subpopulations, double testSize) =>
        (40.0 * subpopulations * d) + (8.0 * (n + (3.0 * testSize)) * d) + (8.0 * testSize * subpopulations);

    /// <summary>Estimated bytes for NSP with n, d, N and <paramref name="testSize"/> queries per split.</summary>
    public static double Nsp(double n, double d, double subpopulations, double testSize) =>
        (128.0 * subpopulations * d) + (16.0 * (n + (3.0 * testSize)) * d) + (32.0 * (1 << 20));

    /// <summary>Bytes in GiB, for messages.</summary>
    public static double GiB(double bytes) => bytes / (1L << 30);
}
