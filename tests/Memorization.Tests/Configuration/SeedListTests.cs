using Memorization.Configuration;

namespace Memorization.Tests.Configuration;

public class SeedListTests
{
    [Theory]
    [InlineData("1-10", new ulong[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })]
    [InlineData("1,3,7", new ulong[] { 1, 3, 7 })]
    [InlineData("1-5,9", new ulong[] { 1, 2, 3, 4, 5, 9 })]
    [InlineData(" 9 , 2 - 3 ", new ulong[] { 2, 3, 9 })]
    [InlineData("5,1-3,2,5", new ulong[] { 1, 2, 3, 5 })]
    [InlineData("0", new ulong[] { 0 })]
    [InlineData("7-7", new ulong[] { 7 })]
    [InlineData("18446744073709551614-18446744073709551615", new ulong[] { 18446744073709551614, 18446744073709551615 })]
    public void RangesAndListsGiveDistinctAscendingSeeds(string text, ulong[] expected) =>
        Assert.Equal(expected, SeedList.Parse(text, "--seeds"));

    [Fact]
    public void AThousandSeedsAreAllowed()
    {
        Assert.Equal(SeedList.MaxCount, SeedList.Parse("1-1000", "--seeds").Count);
        Assert.Equal(SeedList.MaxCount, SeedList.Parse("1-600,500-1000", "--seeds").Count); // overlaps count once
    }

    [Theory]
    [InlineData("", "the list is empty")]
    [InlineData("  ", "the list is empty")]
    [InlineData("1,,2", "an item between commas is empty")]
    [InlineData("1,", "an item between commas is empty")]
    [InlineData("5-1", "the range 5-1 runs backwards (write 1-5)")]
    [InlineData("abc", "'abc' is neither a seed nor a range A-B of seeds")]
    [InlineData("-1", "'-1' is neither a seed nor a range A-B of seeds")]
    [InlineData("1-2-3", "'1-2-3' is neither a seed nor a range A-B of seeds")]
    [InlineData("1.5", "'1.5' is neither a seed nor a range A-B of seeds")]
    [InlineData("1-", "'1-' is neither a seed nor a range A-B of seeds")]
    [InlineData("18446744073709551616", "'18446744073709551616' is neither a seed nor a range A-B of seeds")]
    [InlineData("0-1000", "it selects more than 1000 seeds")]
    [InlineData("1-600,700-1300", "it selects more than 1000 seeds")]
    [InlineData("0-18446744073709551615", "it selects more than 1000 seeds")]
    public void ABadListNamesTheOptionTheProblemAndTheValidForms(string text, string why)
    {
        var ex = Assert.Throws<InvalidOptionException>(() => SeedList.Parse(text, "--seeds"));
        Assert.Equal("--seeds", ex.Setting);
        Assert.StartsWith($"--seeds = '{text}' is not valid: {why}. Valid values: ", ex.Message);
        Assert.Contains("e.g. 1-10, 1,3,7 or 1-5,9; at most 1000 seeds.", ex.Message);
    }

    [Fact]
    public void NothingIsNotAList()
    {
        Assert.False(SeedList.TryParse(null, "--seeds", out IReadOnlyList<ulong> seeds, out string error));
        Assert.Empty(seeds);
        Assert.StartsWith("--seeds = (nothing) is not valid: the list is empty.", error);
    }

    [Theory]
    [InlineData(new ulong[] { 1, 2, 3, 5, 7, 8, 123 }, "1-3, 5, 7-8, 123")]
    [InlineData(new ulong[] { 9, 1, 2, 1 }, "1-2, 9")]
    [InlineData(new ulong[] { 4 }, "4")]
    [InlineData(new ulong[0], "")]
    public void FormatWritesRunsAsRangesThatParseBack(ulong[] seeds, string text)
    {
        Assert.Equal(text, SeedList.Format(seeds));
        if (seeds.Length > 0)
        {
            Assert.Equal(seeds.Distinct().Order(), SeedList.Parse(text, "--seeds"));
        }
    }
}
