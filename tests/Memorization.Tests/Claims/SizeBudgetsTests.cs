using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Size;
using Memorization.Claims.Specs;
using Memorization.Configuration;
using Memorization.Experiments.Size;

namespace Memorization.Tests.Claims;

public class SizeBudgetsTests
{
    private static ClaimCase Case(string parameters)
    {
        ClaimSpec claim = ClaimFileParser.Parse("claims/FAKE.yaml", ClaimYaml.Valid().Replace("      rho: 0.25\n", "      rho: 0.25\n" + parameters)).Spec!;
        return new ClaimCase(claim, claim.FindTier(Tier.Smoke)!, "cpu", claim.Seed);
    }

    [Fact]
    public void ListsAreReadAndAbsentOrNoneFamiliesAreEmpty()
    {
        SizeBudgets b = SizeBudgetsReader.Read(Case("      quantise_bits: \"1 2, 8\"\n      prune_keep: \"0.01 1\"\n      factor_ranks: none\n"));
        Assert.Equal([1, 2, 8], b.QuantiseBits);
        Assert.Equal([0.01, 1.0], b.PruneKeep);
        Assert.Empty(b.FactorRanks);
        Assert.Empty(b.RowSignKeep);
        Assert.Empty(b.ScratchRanks);
        Assert.Empty(b.MlpWidths);
    }

    [Theory]
    [InlineData("      quantise_bits: \"1 40\"\n", "quantise_bits", "'40'")]
    [InlineData("      prune_keep: \"0.5 0\"\n", "prune_keep", "'0'")]
    [InlineData("      row_sign_keep: \"half\"\n", "row_sign_keep", "'half'")]
    [InlineData("      mlp_widths: \"0\"\n", "mlp_widths", "'0'")]
    public void ABadBudgetNamesTheParameterTheEntryAndTheFix(string parameters, string name, string entry)
    {
        var ex = Assert.Throws<ClaimParameterException>(() => SizeBudgetsReader.Read(Case(parameters)));
        Assert.StartsWith("claims/FAKE.yaml(", ex.Message);
        Assert.Contains($"parameter {name}", ex.Message);
        Assert.Contains(entry, ex.Message);
        Assert.Contains("Fix:", ex.Message);
    }

    [Fact]
    public void NoBudgetAtAllIsAnError()
    {
        var ex = Assert.Throws<ClaimParameterException>(() => SizeBudgetsReader.Read(Case("")));
        Assert.Contains("no budget to sweep", ex.Message);
    }
}
