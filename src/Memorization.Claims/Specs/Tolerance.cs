using System.Globalization;
namespace Memorization.Claims.Specs;

/// <summary>
/// How far a metric may move from its stored baseline before the claim test calls it a regression:
/// |measured − baseline| ≤ max(absolute, relative · |baseline|). An absent part counts as 0.
/// </summary>
public sealed record Tolerance(double? Absolute, double? Relative)
{
    /// <summary>The allowed distance from <paramref name="baseline"/>.</summary>
    public double Allowed(double baseline) => Math.Max(Absolute ?? 0.0, (Relative ?? 0.0) * Math.Abs(baseline));

    /// <summary>Whether <paramref name="measured"/> is within tolerance of <paramref name="baseline"/>.</summary>
    public bool Accepts(double measured, double baseline) =>
        Math.Abs(measured - baseline) <= Allowed(baseline) || measured.Equals(baseline);

    /// <inheritdoc />
    public override string ToString() => (Absolute, Relative) switch
    {
        ({ } a, { } r) => string.Create(CultureInfo.InvariantCulture, $"±max({a:G6}, {r:P1} of baseline)"),
        ({ } a, null) => string.Create(CultureInfo.InvariantCulture, $"±{a:G6}"),
        (null, { } r) => string.Create(CultureInfo.InvariantCulture, $"±{r:P1} of baseline"),
        _ => "exact",
    };
}
