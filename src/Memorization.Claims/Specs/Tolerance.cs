using System.Globalization;
namespace Memorization.Claims.Specs;

/// <summary>
/// How far a metric may move from its stored baseline before the claim test calls it a regression:
/// |measured − baseline| ≤ max(absolute, relative · |baseline|). An absent part counts as 0.
/// </summary>
/// <remarks>
/// <see cref="CrossDevice"/> is the distance allowed when the baseline was recorded on another device (a CUDA run
/// compared with <c>paper.cpu.json</c>). Without it the same tolerance applies across devices: other kernels make a
/// run on another device behave like a rerun at another training seed on the same data, and the tolerance is at least
/// 7 standard deviations of the metric's spread over a seed sweep, whose seeds change the data as well as the training
/// (claims/README.md, "Baseline tolerance").
/// </remarks>
public sealed record Tolerance(double? Absolute, double? Relative)
{
    /// <summary>The tolerance against a baseline recorded on another device, when the claim states one.</summary>
    public Tolerance? CrossDevice { get; init; }

    /// <summary>The tolerance that applies against a baseline recorded on this device or, when
    /// <paramref name="crossDevice"/>, on another one.</summary>
    public Tolerance For(bool crossDevice) => crossDevice && CrossDevice is { } across ? across : this;

    /// <summary>The allowed distance from <paramref name="baseline"/>.</summary>
    public double Allowed(double baseline) => Math.Max(Absolute ?? 0.0, (Relative ?? 0.0) * Math.Abs(baseline));

    /// <summary>Whether <paramref name="measured"/> is within tolerance of <paramref name="baseline"/>.</summary>
    public bool Accepts(double measured, double baseline) =>
        Math.Abs(measured - baseline) <= Allowed(baseline) || measured.Equals(baseline);

    /// <summary>Whether this tolerance allows at least as much as <paramref name="other"/> at every baseline.</summary>
    public bool AllowsAtLeast(Tolerance other) =>
        (Absolute ?? 0.0) >= (other.Absolute ?? 0.0) && (Relative ?? 0.0) >= (other.Relative ?? 0.0);

    /// <inheritdoc />
    public override string ToString() => (Absolute, Relative) switch
    {
        ({ } a, { } r) => string.Create(CultureInfo.InvariantCulture, $"±max({a:G6}, {r:P1} of baseline)"),
        ({ } a, null) => string.Create(CultureInfo.InvariantCulture, $"±{a:G6}"),
        (null, { } r) => string.Create(CultureInfo.InvariantCulture, $"±{r:P1} of baseline"),
        _ => "exact",
    };
}
