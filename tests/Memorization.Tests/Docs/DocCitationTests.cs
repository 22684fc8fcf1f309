using Memorization.Configuration;

namespace Memorization.Tests.Docs;

/// <summary>
/// Citations lead somewhere a reader of a clone can follow: no file names the team's private specification, and every
/// cited <c>docs/</c> page and heading exists (docs/README.md#how-citations-are-written). The checker is tested on
/// planted bad citations first, so that the tree tests below can fail.
/// </summary>
public class DocCitationTests
{
    private static readonly string Root = ReproSettings.Load(typeof(DocCitationTests).Assembly).RepositoryRoot!;

    // Planted citations are built from pieces so that the tree scan below does not read them as citations of this file.
    private static readonly string Docs = "docs" + "/";

    [Fact]
    public void TheCheckerFindsAForbiddenNameOnItsLine()
    {
        string text = "/// <summary>Fine.</summary>\n/// The bound (" + DocCitations.ForbiddenNames[0] + " §4).\n";

        DocCitations.Problem problem = Assert.Single(DocCitations.FindForbidden("src/X.cs", text));

        Assert.Equal(2, problem.Line);
        Assert.Contains(DocCitations.ForbiddenNames[0], problem.Message, StringComparison.Ordinal);
        Assert.Contains("docs/", problem.Message, StringComparison.Ordinal);
        Assert.Empty(DocCitations.FindForbidden("src/X.cs", "/// The bound (docs/bounds.md#fano-bound)."));
    }

    [Fact]
    public void TheCheckerRejectsAMissingPageAndAMissingHeadingAndAcceptsAnExistingOne()
    {
        string root = Path.Combine(Path.GetTempPath(), "doc-citations-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "docs"));
        try
        {
            File.WriteAllText(Path.Combine(root, "docs", "bounds.md"), "# Bounds\n\n## Fano bound\n\n```\n## not a heading\n```\n");
            string text = $"// ok ({Docs}bounds.md#fano-bound), ok ({Docs}bounds.md)\n"
                + $"// bad anchor ({Docs}bounds.md#not-a-heading)\n"
                + $"// bad page ({Docs}missing.md#fano-bound)\n";

            IReadOnlyList<DocCitations.Citation> citations = DocCitations.FindCitations(text);
            IReadOnlyList<DocCitations.Problem> problems = DocCitations.Check(root, "src/X.cs", citations);

            Assert.Equal(4, citations.Count);
            Assert.Equal(2, problems.Count);
            Assert.Equal(2, problems[0].Line);
            Assert.Contains("#not-a-heading", problems[0].Message, StringComparison.Ordinal);
            Assert.Contains("fano-bound", problems[0].Message, StringComparison.Ordinal);
            Assert.Equal(3, problems[1].Line);
            Assert.Contains(Docs + "missing.md, which does not exist", problems[1].Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("Fano bound", "fano-bound")]
    [InlineData("NSP-MI-BOUND", "nsp-mi-bound")]
    [InlineData("HCL: hypercube cluster labelling (HCL)", "hcl-hypercube-cluster-labelling-hcl")]
    [InlineData("The bound I(X;M|P) ≳ n·d", "the-bound-ixmp--nd")]
    [InlineData("snake_case stays", "snake_case-stays")]
    public void AnAnchorIsTheHeadingAsGitHubWritesIt(string heading, string anchor) =>
        Assert.Equal(anchor, DocCitations.Slug(heading));

    [Fact]
    public void ARepeatedHeadingGetsANumberedAnchor() =>
        Assert.Equal(["controls", "controls-1"], DocCitations.Anchors("## Controls\ntext\n### Controls\n").Order());

    [Fact]
    public void NoFileUnderSrcClaimsTestsOrDocsNamesThePrivateSpecification()
    {
        List<DocCitations.Problem> problems = [];
        foreach (string file in TextFiles("src", "claims", "tests", "docs"))
        {
            problems.AddRange(DocCitations.FindForbidden(Relative(file), File.ReadAllText(file)));
        }
        problems.AddRange(DocCitations.FindForbidden("README.md", File.ReadAllText(Path.Combine(Root, "README.md"))));

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void EveryCitedDocsPageAndHeadingExists()
    {
        List<DocCitations.Problem> problems = [];
        int citations = 0;
        foreach (string file in TextFiles("src", "claims", "tests", "docs").Append(Path.Combine(Root, "README.md")))
        {
            string relative = Relative(file);
            string text = File.ReadAllText(file);
            List<DocCitations.Citation> found = [.. DocCitations.FindCitations(text)];
            if (relative.StartsWith("docs/", StringComparison.Ordinal) && relative.EndsWith(".md", StringComparison.Ordinal))
            {
                found.AddRange(DocCitations.FindMarkdownLinks(relative, text));
            }
            citations += found.Count;
            problems.AddRange(DocCitations.Check(Root, relative, found));
        }

        Assert.True(citations > 100, $"Only {citations} citations found: is the scan reading the tree?");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static IEnumerable<string> TextFiles(params string[] folders) =>
        folders
            .Select(folder => Path.Combine(Root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => !Relative(file).Split('/').Any(part => part is "bin" or "obj"))
            .Where(file => !File.ReadAllBytes(file).Contains((byte)0))
            .Order(StringComparer.Ordinal);

    private static string Relative(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');
}
