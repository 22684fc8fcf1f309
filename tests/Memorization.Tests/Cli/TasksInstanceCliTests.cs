using System.Globalization;
using Memorization.Cli.Commands;
using Memorization.Tasks;
using Memorization.Tests.Claims;
using Memorization.Tests.Claims.Presets;

namespace Memorization.Tests.Cli;

/// <summary><c>repro tasks</c> with an instance described by options: values applied, the rest from the tier's preset, bad values refused (exit 2).</summary>
public class TasksInstanceCliTests
{
    private static readonly IReadOnlyDictionary<string, string> NoVariables = new Dictionary<string, string>();

    // A repository with the real shared experiments, so the smoke preset is the one the claims train on.
    private static TempRepository Repo()
    {
        var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        foreach (string name in new[] { "hcl", "nsp" })
        {
            repo.WithExperiment(name, File.ReadAllText(Path.Combine(RepositoryPresets.Repository.ExperimentsDirectory, name + ".yaml")));
        }
        return repo;
    }

    private static (int Code, string Out, string Err) Tasks(params string[] args)
    {
        using TempRepository repo = Repo();
        return CliHarness.ReproSplit(repo, FakeMeasurement.Catalog(), NoVariables, ["tasks", "--device", "cpu", .. args]);
    }

    [Fact]
    public void TheIssuesNspExamplePrintsTheYardsticksOfEveryQuerySet()
    {
        var (code, output, error) = Tasks("--task", "nsp", "--n", "128", "--N", "128", "--d", "128", "--delta", "0.1");
        Assert.True(code == 0, error);
        Assert.Contains("NSP: NSP(n=128, d=128, N=128, δ=0.1, w=uniform, test=12000)", output);
        Assert.Contains("n, N, d, δ from the options; test size from the smoke preset (claims/experiments/nsp.yaml)", output);
        Assert.Contains("singleton fraction", output);
        Assert.Contains("expected Σ w(1−w)^(n−1) = 0.3693", output); // (1 − 1/128)^127 at N = n = 128, about 1/e
        foreach (string split in new[] { "fresh", "represented", "singletons" })
        {
            // The preset's 12000 queries: "(12000 queries)" wraps inside the cell.
            Assert.Matches($@"│ {split} +│ 0\.\d{{4}} \[0\.\d{{4}}, 0\.\d{{4}}\][^│]*│ 0\.\d{{4}} \[", output);
        }
        Assert.DoesNotContain("HCL:", output);
        Assert.DoesNotContain("exact", output);
    }

    [Fact]
    public void MissingValuesComeFromTheTiersPresetAndAChangedSizeTakesThePublishedRho()
    {
        var (code, output, error) = Tasks("--tier", "smoke", "--task", "hcl", "--n", "100", "--test-size", "40");
        Assert.True(code == 0, error);
        string rho = HclParameters.PublishedRho(100, 400).ToString("G4", CultureInfo.InvariantCulture);
        Assert.Contains($"HCL: HCL(n=100, d=400, N=200, ρ={rho}, w=uniform, test=40)", output); // d, N from claims/experiments/hcl.yaml smoke
        Assert.Contains("n, test size from the options; N, d from the smoke preset (claims/experiments/hcl.yaml); ρ from the published formula with a = 50000 at this n and d", output);
        Assert.Contains("(40 queries)", output);
        Assert.DoesNotContain("NSP:", output);
    }

    [Fact]
    public void RhoAChoosesTheFormulasConstantAndRhoSetsItDirectly()
    {
        var (code, output, error) = Tasks("--task", "hcl", "--n", "50", "--N", "50", "--d", "100", "--rho-a", "1000", "--test-size", "20");
        Assert.True(code == 0, error);
        string rho = HclParameters.PublishedRho(50, 100, 1000).ToString("G4", CultureInfo.InvariantCulture);
        Assert.Contains($"HCL: HCL(n=50, d=100, N=50, ρ={rho}, w=uniform, test=20)", output);
        Assert.Contains("ρ from the published formula with a = 1000 (--rho-a)", output);

        (code, output, error) = Tasks("--n", "50", "--N", "50", "--d", "100", "--rho", "0.3", "--test-size", "20");
        Assert.True(code == 0, error);
        Assert.Contains("HCL: HCL(n=50, d=100, N=50, ρ=0.3, w=uniform, test=20)", output);
        Assert.Contains("ρ from --rho", output);
        Assert.DoesNotContain("NSP:", output); // --rho selects HCL
    }

    [Fact]
    public void DeltaWithoutTaskSelectsNspAndSharedSizesApplyToBothTasks()
    {
        var (code, output, error) = Tasks("--delta", "0.2", "--n", "10", "--N", "10", "--d", "8", "--test-size", "20");
        Assert.True(code == 0, error);
        Assert.Contains("NSP: NSP(n=10, d=8, N=10, δ=0.2, w=uniform, test=20)", output);
        Assert.DoesNotContain("HCL:", output);

        (code, output, error) = Tasks("--n=20", "--N", "20", "--d", "64", "--test-size", "20");
        Assert.True(code == 0, error);
        Assert.Contains("HCL: HCL(n=20, d=64, N=20", output);
        Assert.Contains("NSP: NSP(n=20, d=64, N=20, δ=0.1, w=uniform, test=20)", output); // δ from the smoke preset
        Assert.Contains("n, N, d, test size from the options; δ from the smoke preset (claims/experiments/nsp.yaml)", output);
    }

    [Fact]
    public void TheTinyTierEnumeratesOnlyItsOwnInstance()
    {
        var (code, output, error) = Tasks("--tier", "tiny", "--task", "nsp", "--n", "4", "--test-size", "20");
        Assert.True(code == 0, error);
        Assert.Contains("NSP: NSP(n=4, d=3, N=3, δ=0.2, w=uniform, test=20)", output);
        Assert.Contains("N, d, δ from the tiny preset (TinyPresets)", output);
        Assert.Contains("exact information: not computed", output);
        Assert.DoesNotContain("exact (bayes", output);
    }

    [Theory]
    [InlineData("--n 0 --task nsp", "--n: n must be at least 1; got 0.")]
    [InlineData("--N 0 --task nsp", "--N: N must be at least 1; got 0.")]
    [InlineData("--d 0 --task hcl --rho 0.5", "--d: d must be at least 1; got 0.")]
    [InlineData("--task nsp --delta 0", "--delta: δ must lie in (0, 1]")]
    [InlineData("--task nsp --delta 1.5", "--delta: δ must lie in (0, 1]")]
    [InlineData("--task hcl --rho 1.5", "--rho: ρ (the probability that a coordinate is fixed) must lie in [0, 1]")]
    [InlineData("--task hcl --rho-a 0", "--rho-a: The constant a must be positive")]
    [InlineData("--task hcl --n 1", "--n: n (ln ln n needs n ≥ 2) must be at least 2; got 1.")]
    [InlineData("--task hcl --n 500 --d 1", "--d: The published formula gives ρ =")]
    [InlineData("--task nsp --test-size=-1", "--test-size: the test-set size must be at least 0")]
    [InlineData("--task nsp --N 100000 --d 100000", "--N/--d: the NSP instance n = 192, N = 100000, d = 100000, 12000 queries per set needs about 1246.1 GiB, above the 4 GiB that repro tasks accepts")]
    [InlineData("--task hcl --n 10 --N 1000000 --d 1000000 --rho 0.1 --test-size 10", "--n/--N/--d/--test-size: the HCL instance")]
    [InlineData("--task hcl --delta 0.1", "--delta is an NSP option but --task is hcl; drop --delta, or use --task nsp.")]
    [InlineData("--task nsp --rho-a 100", "--rho-a is an HCL option but --task is nsp")]
    [InlineData("--delta 0.1 --rho 0.2", "--delta is an NSP option and --rho an HCL option; report one task at a time")]
    [InlineData("--rho 0.2 --rho-a 100", "--rho and --rho-a both set ρ; give one")]
    [InlineData("--task both", "--task = 'both' is not valid. Valid values: hcl, nsp.")]
    public void ImpossibleValuesAreUsageErrorsNamingTheOption(string options, string message)
    {
        var (code, output, error) = Tasks(options.Split(' '));
        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.StartsWith("repro: ", error);
        Assert.Equal("", output); // refused before anything is generated or printed
    }

    [Fact]
    public void HelpListsTheSizeOptions()
    {
        var (code, output, error) = Tasks("--help");
        Assert.True(code == 0, error);
        foreach (string option in new[] { "--task <TASK>", "-n, --training-size", "-N, --subpopulations", "-d, --dimension", "--delta <DELTA>", "--rho <RHO>", "--rho-a <A>", "--test-size <COUNT>" })
        {
            Assert.Contains(option, output);
        }
        Assert.Contains("repro tasks --task nsp --n 128 --N 128 --d 128 --delta 0.1", output);
    }

    [Fact]
    public void OneLetterLongOptionsAreRewrittenForTasksOnly()
    {
        Assert.Equal(["tasks", "-n", "5", "-N", "7", "-d", "3", "--delta", "0.1", "--dn", "1"],
            SingleLetterOptions.Rewrite(["tasks", "--n", "5", "--N=7", "--d", "3", "--delta", "0.1", "--dn", "1"]));
        Assert.Equal(["run", "--n", "5"], SingleLetterOptions.Rewrite(["run", "--n", "5"]));
    }
}
