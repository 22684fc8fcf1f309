using System.Diagnostics;
using Memorization.Claims;
using Memorization.Claims.Specs;
using Memorization.Claims.Validation;
using Memorization.Tests.Claims.Files;

namespace Memorization.Tests.Claims.Specs;

/// <summary>Hostile claim files give a located REPROnnn error within seconds: no hang, no stack overflow, no copy into the report.</summary>
public class ClaimFileLoaderTests
{
    private static ClaimError OnlyError(TempRepository repo, string file)
    {
        var clock = Stopwatch.StartNew();
        var suite = ClaimSuiteFixture.Suite(repo);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"validation took {clock.Elapsed}");
        return Assert.Single(suite.Errors, e => e.File == file);
    }

    [Fact]
    public void AFifoNamedLikeAClaimFileIsREPRO017()
    {
        if (!SpecialFiles.Unix)
        {
            return;
        }

        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        SpecialFiles.MakeFifo(Path.Combine(repo.Root, "claims", "x.yaml"));
        ClaimError error = OnlyError(repo, "claims/x.yaml");
        Assert.Equal((ClaimErrorCodes.NotARegularFile, 1, 1), (error.Code, error.Line, error.Column));
        Assert.Contains("named pipe (FIFO)", error.Message);
    }

    [Fact]
    public void ALinkToDevZeroIsREPRO017NamingTheFile()
    {
        if (!SpecialFiles.Unix)
        {
            return;
        }

        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        SpecialFiles.Link(Path.Combine(repo.Root, "claims", "x.yaml"), "/dev/zero");
        ClaimError error = OnlyError(repo, "claims/x.yaml");
        Assert.Equal(ClaimErrorCodes.NotARegularFile, error.Code);
        Assert.StartsWith("claims/x.yaml is a symbolic link to '/dev/zero', outside the repository", error.Message);
    }

    [Fact]
    public void AnOversizedClaimFileIsREPRO018AndNeverParsed()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid())
            .WithClaim("BIG.yaml", ClaimYaml.Valid(id: "BIG").Replace("statement: The fake learner is accurate.", "statement: " + new string('x', (int)ClaimFileLimits.MaxBytes)));
        ClaimError error = OnlyError(repo, "claims/BIG.yaml");
        Assert.Equal(ClaimErrorCodes.FileTooLarge, error.Code);
        Assert.Contains("a claim file may hold at most 262,144 bytes", error.Message);
    }

    [Theory]
    [InlineData(200_000)]
    [InlineData(33)]
    public void DeepNestingIsREPRO019AtTheBracketThatGoesTooDeep(int depth)
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid()).WithClaim("NEST.yaml", new string('[', depth) + "\n");
        ClaimError error = OnlyError(repo, "claims/NEST.yaml");
        Assert.Equal((ClaimErrorCodes.NestedTooDeep, 1, ClaimFileLimits.MaxNestingDepth + 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void NestingAtTheLimitIsNotANestingError()
    {
        using var repo = new TempRepository().WithClaim("NEST.yaml", new string('[', ClaimFileLimits.MaxNestingDepth) + new string(']', ClaimFileLimits.MaxNestingDepth) + "\n");
        Assert.DoesNotContain(ClaimSuiteFixture.Suite(repo).Errors, e => e.Code == ClaimErrorCodes.NestedTooDeep);
    }
}
