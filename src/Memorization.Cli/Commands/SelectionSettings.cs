using System.ComponentModel;
using Memorization.Claims;
using Memorization.Claims.Specs;
using Memorization.Configuration;
using Memorization.Devices;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>Which claims, at which tier, on which device, with which seed.</summary>
public class SelectionSettings : TierDeviceSettings
{
    [CommandOption("--claim <ID>")]
    [Description("A claim id (repeat, or separate with commas). Default: every claim.")]
    public string[] Claims { get; init; } = [];

    [CommandOption("--seed <N>")]
    [Description("Root seed for every claim, a whole number 0…18446744073709551615 (default: each claim's own seed).")]
    public string? SeedText { get; init; }

    /// <summary>The <c>--seed</c> value, or null for each claim's own seed.</summary>
    /// <exception cref="InvalidOptionException">Not a whole number in range.</exception>
    public ulong? Seed => SeedText is null
        ? null
        : ulong.TryParse(SeedText.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out ulong seed)
            ? seed
            : throw new InvalidOptionException("--seed", $"--seed = '{SeedText}' is not valid. Valid values: a whole number from 0 to {ulong.MaxValue}.");

    /// <summary>The selected claims (every claim when none is named).</summary>
    /// <exception cref="UnknownClaimException">An id names no claim.</exception>
    public IReadOnlyList<ClaimSpec> Select(ClaimSuite suite)
    {
        string[] ids = Claims.SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        return ids.Length == 0 ? suite.Claims : ids.Distinct().Select(suite.Find).ToArray();
    }
}
