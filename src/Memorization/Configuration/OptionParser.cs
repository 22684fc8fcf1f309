namespace Memorization.Configuration;

/// <summary>
/// Parses the suite's enumerated options (tier, device, backend) from their spelling on the command
/// line, in MSBuild or in the environment: the lower-case name, in any letter case, with surrounding
/// white space ignored. Anything else is rejected with a message that names the setting and lists
/// every valid spelling.
/// </summary>
public static class OptionParser
{
    /// <summary>The valid spellings of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> ValidSpellings<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => v.ToString().ToLowerInvariant()).ToArray();

    /// <summary>Parses <paramref name="text"/>; returns false and a message naming <paramref name="setting"/> otherwise.</summary>
    public static bool TryParse<TEnum>(string? text, string setting, out TEnum value, out string error)
        where TEnum : struct, Enum
    {
        string candidate = (text ?? "").Trim();
        foreach (TEnum option in Enum.GetValues<TEnum>())
        {
            if (string.Equals(option.ToString(), candidate, StringComparison.OrdinalIgnoreCase))
            {
                value = option;
                error = "";
                return true;
            }
        }

        value = default;
        string shown = text is null ? "(nothing)" : $"'{text}'";
        error = $"{setting} = {shown} is not valid. Valid values: {string.Join(", ", ValidSpellings<TEnum>())}.";
        return false;
    }

    /// <summary>Parses <paramref name="text"/> or throws <see cref="InvalidOptionException"/> with the same message.</summary>
    public static TEnum Parse<TEnum>(string? text, string setting)
        where TEnum : struct, Enum =>
        TryParse(text, setting, out TEnum value, out string error) ? value : throw new InvalidOptionException(setting, error);
}
