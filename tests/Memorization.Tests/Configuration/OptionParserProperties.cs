using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Memorization.Configuration;
using Memorization.Devices;

namespace Memorization.Tests.Configuration;

/// <summary>Device (and tier) option parsing: every valid spelling accepted, everything else rejected with the valid list.</summary>
public class OptionParserProperties
{
    private static readonly string[] DeviceNames = ["auto", "cpu", "cuda"];

    /// <summary>A valid name in random letter case, with random surrounding white space.</summary>
    private static Arbitrary<(string Name, string Spelling)> ValidSpellings() =>
        (from name in Gen.Elements(DeviceNames)
         from upper in Gen.ListOf(Gen.Elements(false, true), name.Length)
         from before in Gen.Elements("", " ", "\t", "  ")
         from after in Gen.Elements("", " ", "\n")
         let cased = new string(name.Select((c, i) => upper[i] ? char.ToUpperInvariant(c) : c).ToArray())
         select (name, before + cased + after)).ToArbitrary();

    [Property(Replay = "(12345,67891)", MaxTest = 300)]
    public Property EveryValidSpellingIsAccepted() =>
        Prop.ForAll(ValidSpellings(), pair =>
        {
            bool ok = OptionParser.TryParse(pair.Spelling, "ReproDevice", out DeviceOption parsed, out string error);
            return ok && parsed.ToString().Equals(pair.Name, StringComparison.OrdinalIgnoreCase) && error.Length == 0;
        });

    [Property(Replay = "(424242,171717)", MaxTest = 500)]
    public Property EveryOtherStringIsRejectedWithTheValidList() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            bool valid = text is not null && DeviceNames.Contains(text.Trim().ToLowerInvariant());
            bool ok = OptionParser.TryParse(text, "ReproDevice", out DeviceOption _, out string error);
            return valid == ok
                && (ok || (error.Contains("ReproDevice") && error.Contains("auto, cpu, cuda")));
        });

    [Theory]
    [InlineData("gpu")]
    [InlineData("cuda0")]
    [InlineData("c pu")]
    [InlineData("")]
    public void NearMissesAreRejected(string text)
    {
        var ex = Assert.Throws<InvalidOptionException>(() => OptionParser.Parse<DeviceOption>(text, "--device"));
        Assert.Equal("--device", ex.Setting);
        Assert.Contains("Valid values: auto, cpu, cuda.", ex.Message);
    }

    [Fact]
    public void TiersListTheirSpellings() =>
        Assert.Equal(["smoke", "paper", "tiny"], OptionParser.ValidSpellings<Tier>());
}
