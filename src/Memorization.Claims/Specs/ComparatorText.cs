namespace Memorization.Claims.Specs;

/// <summary>The spelling of <see cref="Comparator"/> in claim files and reports.</summary>
public static class ComparatorText
{
    /// <summary>The spellings accepted in a claim file, in the order documented.</summary>
    public static IReadOnlyList<string> Valid { get; } = [">", ">=", "<", "<="];

    /// <summary>Parses a claim file's spelling; false for anything else.</summary>
    public static bool TryParse(string text, out Comparator comparator)
    {
        (bool ok, comparator) = text switch
        {
            ">" => (true, Comparator.Greater),
            ">=" => (true, Comparator.GreaterOrEqual),
            "<" => (true, Comparator.Less),
            "<=" => (true, Comparator.LessOrEqual),
            _ => (false, Comparator.Greater),
        };
        return ok;
    }

    /// <summary>The symbol of <paramref name="comparator"/>.</summary>
    public static string Symbol(this Comparator comparator) => comparator switch
    {
        Comparator.Greater => ">",
        Comparator.GreaterOrEqual => ">=",
        Comparator.Less => "<",
        _ => "<=",
    };

    /// <summary>Whether the comparison is checked on the lower bound (<c>&gt;</c>, <c>&gt;=</c>).</summary>
    public static bool UsesLowerBound(this Comparator comparator) =>
        comparator is Comparator.Greater or Comparator.GreaterOrEqual;

    /// <summary>Evaluates <c>left ⋈ right</c>.</summary>
    public static bool Holds(this Comparator comparator, double left, double right) => comparator switch
    {
        Comparator.Greater => left > right,
        Comparator.GreaterOrEqual => left >= right,
        Comparator.Less => left < right,
        _ => left <= right,
    };
}
