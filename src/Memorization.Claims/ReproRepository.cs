using System.Globalization;
using Memorization.Claims.Specs;
using Memorization.Claims.Validation;

namespace Memorization.Claims;

/// <summary>
/// The suite's folders under one repository root: <c>claims/</c>, <c>baselines/</c>, <c>artifacts/results/</c>,
/// <c>artifacts/report/</c>. Every path built from a claim id, tier or device is checked to stay inside them.
/// </summary>
public sealed class ReproRepository
{
    /// <summary>The solution file that marks the root when walking up from a folder.</summary>
    public const string SolutionFile = "Memorization.Repro.sln";

    /// <summary>What precedes the seed in the name of a result file at another seed than the claim's own (<see cref="ResultFile"/>).</summary>
    public const string SeedSuffix = "seed";

    /// <summary>A repository rooted at <paramref name="root"/>.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="artifactsDirectory">Where results and the report go instead of <c>&lt;root&gt;/artifacts</c> (an audit run writes
    /// to a folder of its own so that it never replaces the user's results).</param>
    public ReproRepository(string root, string? artifactsDirectory = null)
    {
        Root = Path.GetFullPath(root);
        ArtifactsDirectory = Path.GetFullPath(artifactsDirectory ?? Path.Combine(Root, "artifacts"));
    }

    /// <summary>The repository root (absolute).</summary>
    public string Root { get; }

    /// <summary><c>claims/</c>.</summary>
    public string ClaimsDirectory => Path.Combine(Root, "claims");

    /// <summary><c>baselines/</c>.</summary>
    public string BaselinesDirectory => Path.Combine(Root, "baselines");

    /// <summary><c>artifacts/</c>, or the folder given instead.</summary>
    public string ArtifactsDirectory { get; }

    /// <summary><c>artifacts/results/</c>: one JSON per claim run, read by the report.</summary>
    public string ResultsDirectory => Path.Combine(ArtifactsDirectory, "results");

    /// <summary><c>artifacts/report/</c>.</summary>
    public string ReportDirectory => Path.Combine(ArtifactsDirectory, "report");

    /// <summary>
    /// The root: <paramref name="explicitRoot"/> (<c>--root</c>) if given, else <paramref name="builtInRoot"/>
    /// (baked in at build) when it still holds the solution, else the first folder above
    /// <paramref name="startDirectory"/> holding <see cref="SolutionFile"/>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No root found; the message says how to give one.</exception>
    public static ReproRepository Locate(string? explicitRoot, string? builtInRoot, string startDirectory)
    {
        if (!string.IsNullOrWhiteSpace(explicitRoot))
        {
            return Directory.Exists(Path.Combine(explicitRoot, "claims"))
                ? new ReproRepository(explicitRoot)
                : throw new DirectoryNotFoundException($"--root '{explicitRoot}' has no claims/ folder; give the repository root (the folder of {SolutionFile}).");
        }

        if (!string.IsNullOrWhiteSpace(builtInRoot) && File.Exists(Path.Combine(builtInRoot, SolutionFile)))
        {
            return new ReproRepository(builtInRoot);
        }

        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return new ReproRepository(dir.FullName);
            }
        }

        throw new DirectoryNotFoundException($"Cannot find the repository root: no {SolutionFile} in '{startDirectory}' or above. Run inside the repository or pass --root <folder>.");
    }

    /// <summary>The path of a file relative to the root, with '/' separators (as shown in errors).</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary><c>claims/&lt;id&gt;.yaml</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a safe claim id.</exception>
    public string ClaimFile(string id) => Inside(ClaimsDirectory, Path.Combine(ClaimsDirectory, SafeId(id) + ".yaml"));

    /// <summary><c>baselines/&lt;id&gt;/&lt;tier&gt;.&lt;device&gt;.json</c>.</summary>
    /// <exception cref="ArgumentException">A part that is not a plain name.</exception>
    public string BaselineFile(string id, string tier, string device) =>
        Inside(BaselinesDirectory, Path.Combine(BaselinesDirectory, SafeId(id), $"{SafeWord(tier, "tier")}.{SafeWord(device, "device")}.json"));

    /// <summary>
    /// <c>artifacts/results/&lt;id&gt;.&lt;tier&gt;.&lt;device&gt;.json</c> for a run at the claim's own seed
    /// (<paramref name="otherSeed"/> null), <c>&lt;id&gt;.&lt;tier&gt;.&lt;device&gt;.seed&lt;S&gt;.json</c> for a run at
    /// another seed S, so a run at another seed never replaces the result at the claim's own seed.
    /// </summary>
    public string ResultFile(string id, string tier, string device, ulong? otherSeed = null) =>
        Inside(ResultsDirectory, Path.Combine(ResultsDirectory,
            $"{SafeId(id)}.{SafeWord(tier, "tier")}.{SafeWord(device, "device")}{(otherSeed is { } s ? $".{SeedSuffix}{s.ToString(CultureInfo.InvariantCulture)}" : "")}.json"));

    /// <summary><c>claims/experiments/</c>: the parameters shared by the claims that name an experiment.</summary>
    public string ExperimentsDirectory => Path.Combine(ClaimsDirectory, "experiments");

    /// <summary>Parses every <c>claims/*.yaml</c> with the experiments of <see cref="LoadExperimentFiles"/>.</summary>
    public IReadOnlyList<ClaimParseResult> LoadClaimFiles() => LoadClaimFiles(LoadExperimentFiles());

    /// <summary>Parses every <c>claims/*.yaml</c>, in file-name order; files that cannot be read safely become errors (<see cref="ClaimFileLoader"/>).</summary>
    /// <param name="experiments">The shared experiments the claims may name.</param>
    public IReadOnlyList<ClaimParseResult> LoadClaimFiles(IReadOnlyList<ExperimentParseResult> experiments) =>
        YamlFiles(ClaimsDirectory).Select(path => ClaimFileLoader.Load(this, path, experiments)).ToArray();

    /// <summary>Parses every <c>claims/experiments/*.yaml</c>, in file-name order.</summary>
    public IReadOnlyList<ExperimentParseResult> LoadExperimentFiles() =>
        YamlFiles(ExperimentsDirectory).Select(path => ClaimFileLoader.LoadExperiment(this, path)).ToArray();

    private static IEnumerable<string> YamlFiles(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal) : [];

    /// <exception cref="ArgumentException">Not <c>^[A-Z][A-Z0-9-]*$</c>.</exception>
    private static string SafeId(string id) =>
        ClaimIdValidator.IsSafeId(id)
            ? id
            : throw new ArgumentException($"'{id}' is not a claim id: ids match ^[A-Z][A-Z0-9-]*$ and name files only inside claims/ and baselines/.", nameof(id));

    private static string SafeWord(string word, string what) =>
        word.Length > 0 && word.All(char.IsAsciiLetterLower)
            ? word
            : throw new ArgumentException($"'{word}' is not a {what} name (lower-case letters only).", what);

    private static string Inside(string folder, string path)
    {
        string full = Path.GetFullPath(path);
        return full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new ArgumentException($"'{path}' lies outside {folder}.");
    }
}
