using System.Text.Json;
using Memorization.Claims.Measurements;
using Memorization.Cli;
using Memorization.Cli.Infrastructure;
using Memorization.Configuration;
using Memorization.Tests.Claims;
using Spectre.Console;

namespace Memorization.Tests.Cli;

/// <summary>
/// What <c>repro</c> prints for people and for scripts: <c>--version</c>, <c>--json</c> documents on standard output,
/// errors on standard error, one short line per claim and a closing count, NO_COLOR, and <c>list</c> without words broken.
/// </summary>
public class CliOutputTests
{
    private static readonly IReadOnlyDictionary<string, string> NoVariables = new Dictionary<string, string>();

    private static readonly string RepositoryRoot = ReproSettings.Load(typeof(CliOutputTests).Assembly).RepositoryRoot!;

    private static TempRepository Repo() => new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());

    private static (int Code, string Out, string Err) Repro(TempRepository repo, params string[] args) =>
        CliHarness.ReproSplit(repo, FakeMeasurement.Catalog(), NoVariables, args);

    [Fact]
    public void VersionPrintsTheVersionAndTheCommitOnOneLine()
    {
        using var repo = Repo();
        var (code, stdout, stderr) = Repro(repo, "--version");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", stderr);
        string line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Trim();
        Assert.Matches(@"^repro \d+\.\d+\.\d+\S* \(commit ([0-9a-f]{40}|unknown)", line);
        Assert.Equal(ReproVersion.Line(), line);
    }

    [Fact]
    public void VersionSplitsTheInformationalVersionAtThePlus()
    {
        Assert.Equal(("1.0.0", "0123abc"), ReproVersion.Split("1.0.0+0123abc"));
        Assert.Equal(("1.0.0", "unknown"), ReproVersion.Split("1.0.0"));
    }

    [Fact]
    public void ErrorsGoToStandardErrorAndNothingToStandardOutput()
    {
        using var repo = Repo();
        var (code, stdout, stderr) = Repro(repo, "run", "--tier", "smok");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", stdout);
        Assert.Equal("repro: --tier = 'smok' is not valid. Valid values: smoke, paper, tiny.", stderr.Trim());
    }

    [Fact]
    public void RunJsonOfARealClaimIsOneValidDocumentOnStandardOutput()
    {
        // SING, the real claim with its committed baseline, in a copy of the repository (the claim tests write the real artifacts/).
        using var repo = new TempRepository().WithClaim("SING.yaml", File.ReadAllText(Path.Combine(RepositoryRoot, "claims", "SING.yaml")));
        Directory.CreateDirectory(Path.Combine(repo.Root, "baselines", "SING"));
        foreach (string file in Directory.GetFiles(Path.Combine(RepositoryRoot, "baselines", "SING")))
        {
            File.Copy(file, Path.Combine(repo.Root, "baselines", "SING", Path.GetFileName(file)));
        }

        var (code, stdout, stderr) = CliHarness.ReproSplit(repo, ClaimMeasurementCatalog.Default, NoVariables, "run", "--claim", "SING", "--tier", "smoke", "--json");

        Assert.Equal(ExitCodes.Ok, code);
        using JsonDocument json = JsonDocument.Parse(stdout); // the whole of standard output, nothing else
        JsonElement root = json.RootElement;
        Assert.Equal("smoke", root.GetProperty("tier").GetString());
        Assert.Equal("cpu", root.GetProperty("device").GetProperty("resolved").GetString());
        JsonElement claim = Assert.Single(root.GetProperty("claims").EnumerateArray());
        Assert.Equal("SING", claim.GetProperty("id").GetString());
        Assert.Equal("pass", claim.GetProperty("verdict").GetString());
        Assert.Equal("matched", claim.GetProperty("baseline").GetString());
        Assert.Equal("artifacts/results/SING.smoke.cpu.json", claim.GetProperty("resultFile").GetString());
        Assert.True(File.Exists(Path.Combine(repo.Root, "artifacts", "results", "SING.smoke.cpu.json")));
        JsonElement assertion = claim.GetProperty("assertions")[0];
        Assert.True(assertion.GetProperty("passed").GetBoolean());
        Assert.True(assertion.GetProperty("bound").GetDouble() >= assertion.GetProperty("thresholdValue").GetDouble());
        Assert.Equal((1, 0, 0, 0), (root.GetProperty("held").GetInt32(), root.GetProperty("failed").GetInt32(), root.GetProperty("skipped").GetInt32(), root.GetProperty("exitCode").GetInt32()));
        // The lines for people went to standard error.
        Assert.Contains("PASS    SING", stderr);
        Assert.EndsWith("repro: 1 held, 0 failed, 0 skipped", stderr.TrimEnd());
    }

    [Fact]
    public void RunPrintsTheResolvedDeviceOneShortLinePerClaimTheReasonsAndAClosingCount()
    {
        using var repo = Repo().WithClaim("FAKE2.yaml", ClaimYaml.Valid(id: "FAKE2"));
        var (code, stdout, stderr) = CliHarness.ReproSplit(repo, FakeMeasurement.Catalog(new FakeMeasurement("FAKE"), new FakeMeasurement("FAKE2")), NoVariables, "run");
        Assert.Equal(ExitCodes.CheckFailed, code); // no baselines yet
        Assert.Equal("", stderr);
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.StartsWith("repro: 2 claim(s), tier smoke, device cpu", lines[0]);
        Assert.Contains("chosen by --device auto", lines[0]);
        Assert.StartsWith("repro: 2 claim(s), tier smoke, device cpu (test), chosen by --device auto", lines[0]);
        string[] claimLines = lines.Where(l => l.StartsWith("  FAIL    ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, claimLines.Length);
        Assert.All(claimLines, l => Assert.True(l.Length <= 120, $"{l.Length} characters: {l}"));
        Assert.All(claimLines, l => Assert.Contains("baseline missing", l));
        // The full reason of each failure follows the list, with the command that fixes it.
        Assert.Contains(lines, l => l.StartsWith("  FAKE (smoke, cpu) FAIL: ", StringComparison.Ordinal) && l.Contains("repro baseline update --claim FAKE --tier smoke"));
        Assert.Equal("repro: 0 held, 2 failed, 0 skipped", lines[^1]);
    }

    [Fact]
    public void AClaimLineIsCutAt120Characters()
    {
        var skipped = FakeResults.Suite().Claims.Single(r => r.Verdict == Memorization.Claims.Running.Verdict.Skipped);
        var result = skipped with { ClaimId = "NSP-IRRELEVANT", Message = new string('x', 400) };
        string line = Memorization.Cli.Commands.ClaimLine.Format(result, withSeed: true);
        Assert.Equal(120, line.Length);
        Assert.EndsWith("…", line);
    }

    [Fact]
    public void ListJsonAndBaselineVerifyJsonAreValidDocuments()
    {
        using var repo = Repo();
        var (listCode, list, _) = Repro(repo, "list", "--json");
        Assert.Equal(ExitCodes.Ok, listCode);
        using (JsonDocument json = JsonDocument.Parse(list))
        {
            JsonElement claim = Assert.Single(json.RootElement.GetProperty("claims").EnumerateArray());
            Assert.Equal("FAKE", claim.GetProperty("id").GetString());
            Assert.Equal("FakeMeasurement", claim.GetProperty("measuredBy").GetString());
            Assert.Contains(claim.GetProperty("tiers").EnumerateArray(), t => t.GetProperty("tier").GetString() == "paper" && t.GetProperty("gpu").GetBoolean());
            Assert.Equal(0, json.RootElement.GetProperty("problems").GetInt32());
        }

        var (verifyCode, verify, _) = Repro(repo, "baseline", "verify", "--json");
        Assert.Equal(ExitCodes.CheckFailed, verifyCode); // no baseline recorded
        using JsonDocument document = JsonDocument.Parse(verify);
        Assert.True(document.RootElement.GetProperty("problems").GetInt32() > 0);
        Assert.Contains(document.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("problem").GetBoolean() && f.GetProperty("file").GetString()!.StartsWith("baselines/FAKE", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.CheckFailed, document.RootElement.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void AuditJsonIsAValidDocument()
    {
        using var repo = Repo();
        var (code, output) = CliHarness.ReproWith(repo, FakeMeasurement.Catalog(), () => new Audit.InProcessAuditRunner(FakeMeasurement.Catalog()), "audit", "--json");
        Assert.Equal(ExitCodes.Ok, code);
        // ReproWith shares one writer for both streams: the JSON document is the part from the first '{'.
        using JsonDocument json = JsonDocument.Parse(output[output.IndexOf("{\n", StringComparison.Ordinal)..]);
        JsonElement run = Assert.Single(json.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal("FAKE", run.GetProperty("claim").GetString());
        Assert.Equal("identical", run.GetProperty("outcome").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("counts").GetProperty("identical").GetInt32());
    }

    [Fact]
    public void ListDoesNotBreakClassNamesInANarrowTerminal()
    {
        using var repo = new TempRepository().WithClaim("FAKE.yaml", ClaimYaml.Valid());
        var writer = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(writer) });
        console.Profile.Width = 60;
        var catalog = FakeMeasurement.Catalog(new LongNamedSingletonFractionMeasurementForTests("FAKE"));
        var environment = new ReproEnvironment(console, writer, ReproSettings.Default, repo.Root, catalog, ClaimSuiteFixture.FakeCpu);
        Assert.Equal(ExitCodes.Ok, ReproApp.Run(["list"], environment));
        Assert.Contains(nameof(LongNamedSingletonFractionMeasurementForTests), writer.ToString());
    }

    [Fact]
    public void NoColorMeansNoAnsiEscapeAtAll()
    {
        static string Help(Func<string, string?> variables)
        {
            var writer = new StringWriter();
            IAnsiConsole console = ReproConsole.Create(writer, variables, AnsiSupport.Yes);
            console.Write(new Markup("[underline]claims[/] [bold yellow]EXIT CODES:[/]"));
            return writer.ToString();
        }

        Assert.Contains("\u001b[", Help(_ => null), StringComparison.Ordinal); // the check can fail: with ANSI on, decorations are escapes
        string plain = Help(name => name == ReproConsole.NoColorVariable ? "1" : null);
        // Ordinal: a culture-aware search ignores control characters and finds ESC in any string.
        Assert.False(plain.Contains('\u001b', StringComparison.Ordinal), plain.Replace("\u001b", "ESC", StringComparison.Ordinal));
        Assert.Equal("claims EXIT CODES:", plain);
    }

    /// <summary>A measurement with a class name longer than the narrow terminal's columns allow.</summary>
    private sealed class LongNamedSingletonFractionMeasurementForTests(string claimId) : IClaimMeasurement
    {
        private readonly FakeMeasurement _inner = new(claimId);

        public string ClaimId => _inner.ClaimId;

        public IReadOnlyList<string> Metrics => _inner.Metrics;

        public ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken) =>
            _inner.Measure(claimCase, progress, cancellationToken);
    }
}
