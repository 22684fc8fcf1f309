using Memorization.Cli;
using Memorization.Tests.Claims;

namespace Memorization.Tests.Cli;

/// <summary>One exit-code table for every command (<see cref="ExitCodes"/>); a device that is not there is a usage error.</summary>
public class ExitCodeTests
{
    private static TempRepository Repo() => new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());

    [Theory]
    [InlineData("run")]
    [InlineData("baseline", "update")]
    [InlineData("audit")]
    public void CudaWithoutAGpuIsAUsageErrorAndWritesNothing(params string[] command)
    {
        using var repo = Repo();
        var (code, output) = CliHarness.Repro(repo, FakeMeasurement.Catalog(), [.. command, "--device", "cuda"]);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("repro: --device cuda cannot be served, so nothing was run: torch.cuda.is_available() is false on this machine", output.Trim());
        Assert.Contains("with --device cuda, or choose --device auto or --device cpu.", output);
        Assert.DoesNotContain("-p:ReproDevice", output); // repro's hints name repro's options, not MSBuild properties
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "artifacts")), "no error result may be written for a run that never started");
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "baselines")));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("run", "--help")]
    [InlineData("baseline", "verify", "--help")]
    public void HelpShowsTheExitCodeTable(params string[] args)
    {
        using var repo = Repo();
        var (code, output) = CliHarness.Repro(repo, FakeMeasurement.Catalog(), args);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("EXIT CODES:", output);
        Assert.Contains("usage error, nothing was run", output);
        Assert.Contains("device not available (--device cuda", output);
    }

    [Fact]
    public void TheTableHasOneRowPerCode() =>
        Assert.Equal([ExitCodes.Ok, ExitCodes.CheckFailed, ExitCodes.Usage, ExitCodes.Unexpected], ExitCodes.Table.Select(r => r.Code));
}
