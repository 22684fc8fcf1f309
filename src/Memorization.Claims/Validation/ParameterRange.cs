using System.Globalization;

namespace Memorization.Claims.Validation;

/// <summary>
/// The valid values of one tier parameter, checked when the claims are validated (in the build) rather than when a
/// measurement reads them, minutes into a run. <see cref="Name"/> is a parameter name, or <c>*_suffix</c> for a family
/// (<c>*_steps</c> covers <c>lr_steps</c>, <c>mlp_steps</c>, <c>dp_steps</c>…).
/// </summary>
/// <param name="Name">The name, or <c>*_suffix</c>.</param>
/// <param name="Kind">Whole or real.</param>
/// <param name="Min">Lower end (−∞ for none).</param>
/// <param name="MinInclusive">Whether <paramref name="Min"/> itself is valid.</param>
/// <param name="Max">Upper end (+∞ for none).</param>
/// <param name="MaxInclusive">Whether <paramref name="Max"/> itself is valid.</param>
/// <param name="Meaning">What the parameter is, for messages.</param>
/// <param name="Example">A valid value, for the fix.</param>
public sealed record ParameterRange(string Name, ParameterKind Kind, double Min, bool MinInclusive, double Max, bool MaxInclusive, string Meaning, string Example)
{
    /// <summary>Whether this entry covers the parameter called <paramref name="name"/>.</summary>
    public bool Covers(string name) => Name.StartsWith('*') ? name.EndsWith(Name[1..], StringComparison.Ordinal) && name.Length > Name.Length - 1 : name == Name;

    /// <summary>"a whole number ≥ 1", "a number in (0, 1]"…</summary>
    public string Describe()
    {
        string kind = Kind == ParameterKind.Whole ? "a whole number" : "a finite number";
        bool low = double.IsFinite(Min);
        bool high = double.IsFinite(Max);
        return (low, high) switch
        {
            (true, true) => $"{kind} in {(MinInclusive ? "[" : "(")}{F(Min)}, {F(Max)}{(MaxInclusive ? "]" : ")")}",
            (true, false) => $"{kind} {(MinInclusive ? "≥" : ">")} {F(Min)}",
            (false, true) => $"{kind} {(MaxInclusive ? "≤" : "<")} {F(Max)}",
            _ => kind,
        };
    }

    /// <summary>Whether <paramref name="text"/> has the right type (whole or finite real); the value when it has.</summary>
    public bool TryRead(string text, out double value)
    {
        if (Kind == ParameterKind.Whole)
        {
            bool whole = int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int integer);
            value = integer;
            return whole;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>Whether <paramref name="value"/> lies in the range.</summary>
    public bool Contains(double value) =>
        (MinInclusive ? value >= Min : value > Min) && (MaxInclusive ? value <= Max : value < Max);

    private static string F(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
