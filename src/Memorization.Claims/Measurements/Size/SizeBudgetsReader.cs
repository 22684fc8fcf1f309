using System.Globalization;
using Memorization.Experiments.Size;

namespace Memorization.Claims.Measurements.Size;

/// <summary>
/// Reads the SIZE sweep's budgets from a claim tier's parameters, each a space-separated list: <c>quantise_bits</c>,
/// <c>prune_keep</c>, <c>row_sign_keep</c>, <c>factor_ranks</c>, <c>scratch_ranks</c>, <c>mlp_widths</c>
/// (meanings: <see cref="SizeBudgets"/>). An absent parameter, or the text <c>none</c>, leaves its family out.
/// </summary>
public static class SizeBudgetsReader
{
    /// <summary>Reads the lists from <paramref name="claimCase"/>; a malformed entry is a <see cref="ClaimParameterException"/> naming it.</summary>
    public static SizeBudgets Read(ClaimCase claimCase)
    {
        ArgumentNullException.ThrowIfNull(claimCase);
        var budgets = new SizeBudgets(
            Ints(claimCase, "quantise_bits", 1, 32),
            Fractions(claimCase, "prune_keep"),
            Fractions(claimCase, "row_sign_keep"),
            Ints(claimCase, "factor_ranks", 1, int.MaxValue),
            Ints(claimCase, "scratch_ranks", 1, int.MaxValue),
            Ints(claimCase, "mlp_widths", 1, int.MaxValue));
        if (budgets.QuantiseBits.Count + budgets.PruneKeep.Count + budgets.RowSignKeep.Count + budgets.FactorRanks.Count + budgets.ScratchRanks.Count + budgets.MlpWidths.Count == 0)
        {
            throw new ClaimParameterException(
                $"{claimCase.Tier.Location}: claim {claimCase.ClaimId}, tier {claimCase.TierName}: no budget to sweep. " +
                "Give at least one of quantise_bits, prune_keep, row_sign_keep, factor_ranks, scratch_ranks, mlp_widths (e.g. quantise_bits: \"1 2 4 8\").");
        }
        return budgets;
    }

    private static string[] Items(ClaimCase claimCase, string name)
    {
        if (!claimCase.Has(name))
        {
            return [];
        }
        string text = claimCase.GetString(name).Trim();
        return text.Equals("none", StringComparison.OrdinalIgnoreCase)
            ? []
            : text.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
    }

    private static int[] Ints(ClaimCase claimCase, string name, int min, int max) =>
        Items(claimCase, name).Select(item =>
            int.TryParse(item, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max
                ? value
                : throw Bad(claimCase, name, item, max == int.MaxValue ? $"an integer ≥ {min}" : $"an integer in [{min}, {max}]"))
        .ToArray();

    private static double[] Fractions(ClaimCase claimCase, string name) =>
        Items(claimCase, name).Select(item =>
            double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value > 0.0 && value <= 1.0
                ? value
                : throw Bad(claimCase, name, item, "a number in (0, 1]"))
        .ToArray();

    private static ClaimParameterException Bad(ClaimCase claimCase, string name, string item, string expected) =>
        new($"{claimCase.Tier.Location}: claim {claimCase.ClaimId}, tier {claimCase.TierName}: parameter {name} has the entry '{item}', " +
            $"which is not {expected}. Fix: write a space-separated list, e.g. {name}: \"{Example(name)}\".");

    private static string Example(string name) => name switch
    {
        "quantise_bits" => "1 2 4 8",
        "prune_keep" or "row_sign_keep" => "0.01 0.05 0.2",
        _ => "1 4 16",
    };
}
