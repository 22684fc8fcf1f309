using System.Globalization;

namespace Memorization.Configuration;

/// <summary>
/// The seeds of a sweep as typed on the command line: whole numbers and inclusive ranges separated by commas,
/// e.g. <c>1-10</c>, <c>1,3,7</c> or <c>1-5,9</c>. Duplicates are merged and the seeds sorted, so the order of
/// the runs does not depend on how the list was written. At most <see cref="MaxCount"/> seeds: a sweep retrains
/// every claim at every seed, and a typo such as <c>1-10000</c> should not start days of work.
/// </summary>
public static class SeedList
{
    /// <summary>The most seeds one sweep may run.</summary>
    public const int MaxCount = 1000;

    /// <summary>The valid forms, for messages.</summary>
    public static string ValidValues =>
        $"whole numbers from 0 to {ulong.MaxValue} and ranges A-B with A ≤ B, separated by commas, e.g. 1-10, 1,3,7 or 1-5,9; at most {MaxCount} seeds";

    /// <summary>Parses <paramref name="text"/>; returns false and a message naming <paramref name="setting"/> otherwise.</summary>
    /// <param name="text">The list as typed.</param>
    /// <param name="setting">The option's name, e.g. <c>--seeds</c>, for the message.</param>
    /// <param name="seeds">The distinct seeds in ascending order.</param>
    /// <param name="error">Why the text is not a seed list, and what is.</param>
    public static bool TryParse(string? text, string setting, out IReadOnlyList<ulong> seeds, out string error)
    {
        seeds = [];
        string shown = text is null ? "(nothing)" : $"'{text}'";
        string? why = Parse(text ?? "", out SortedSet<ulong> parsed);
        if (why is not null)
        {
            error = $"{setting} = {shown} is not valid: {why}. Valid values: {ValidValues}.";
            return false;
        }

        seeds = parsed.ToArray();
        error = "";
        return true;
    }

    /// <summary>Parses <paramref name="text"/> or throws <see cref="InvalidOptionException"/> with the same message.</summary>
    public static IReadOnlyList<ulong> Parse(string? text, string setting) =>
        TryParse(text, setting, out IReadOnlyList<ulong> seeds, out string error) ? seeds : throw new InvalidOptionException(setting, error);

    /// <summary>
    /// <paramref name="seeds"/> written back as a list <see cref="Parse(string?, string)"/> accepts, with runs of
    /// consecutive seeds as ranges: <c>1-10, 123</c>.
    /// </summary>
    public static string Format(IEnumerable<ulong> seeds)
    {
        List<string> parts = [];
        ulong[] sorted = seeds.Distinct().Order().ToArray();
        for (int i = 0; i < sorted.Length;)
        {
            int j = i;
            while (j + 1 < sorted.Length && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }

            parts.Add(j == i ? Number(sorted[i]) : $"{Number(sorted[i])}-{Number(sorted[j])}");
            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    /// <summary>Null when <paramref name="text"/> is a valid list (then in <paramref name="seeds"/>), else why not.</summary>
    private static string? Parse(string text, out SortedSet<ulong> seeds)
    {
        seeds = [];
        if (text.Trim().Length == 0)
        {
            return "the list is empty";
        }

        foreach (string raw in text.Split(','))
        {
            string item = raw.Trim();
            if (item.Length == 0)
            {
                return "an item between commas is empty";
            }

            int dash = item.IndexOf('-', StringComparison.Ordinal);
            string first = dash < 0 ? item : item[..dash].Trim();
            string last = dash < 0 ? item : item[(dash + 1)..].Trim();
            if (!TryNumber(first, out ulong from) || !TryNumber(last, out ulong to))
            {
                return $"'{item}' is neither a seed nor a range A-B of seeds";
            }

            if (from > to)
            {
                return $"the range {from}-{to} runs backwards (write {to}-{from})";
            }

            // Counted before enumerating: 0-18446744073709551615 must be refused, not allocated.
            if (to - from >= MaxCount || WouldExceed(seeds, from, to))
            {
                return $"it selects more than {MaxCount} seeds";
            }

            for (ulong seed = from; ; seed++)
            {
                seeds.Add(seed);
                if (seed == to)
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>Whether adding <paramref name="from"/>…<paramref name="to"/> (fewer than <see cref="MaxCount"/> seeds) would pass the limit.</summary>
    private static bool WouldExceed(SortedSet<ulong> seeds, ulong from, ulong to) =>
        seeds.Count + (int)(to - from) + 1 - seeds.GetViewBetween(from, to).Count > MaxCount;

    private static string Number(ulong seed) => seed.ToString(CultureInfo.InvariantCulture);

    private static bool TryNumber(string text, out ulong value) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
