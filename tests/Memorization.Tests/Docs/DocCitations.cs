using System.Text;
using System.Text.RegularExpressions;

namespace Memorization.Tests.Docs;

/// <summary>
/// Checks the repository's citations: no file may point to the team's private specification (two file names that are
/// not in the repository), and every <c>docs/….md#anchor</c> a file cites must name an existing file and heading.
/// Pure functions of text plus one repository root, so a test can plant a bad citation in a string.
/// </summary>
public static partial class DocCitations
{
    /// <summary>
    /// The private specification's file names. Built from pieces so that this file's own text does not contain them
    /// (the scan covers tests/ too).
    /// </summary>
    public static IReadOnlyList<string> ForbiddenNames { get; } = [string.Concat("PAPER", ".md"), string.Concat("DESIGN", ".md")];

    /// <summary>One problem: where, and what to do about it.</summary>
    public sealed record Problem(string File, int Line, string Message)
    {
        /// <inheritdoc/>
        public override string ToString() => $"{File}({Line}): {Message}";
    }

    /// <summary>A citation of a file under <c>docs/</c>, with the anchor when it names one.</summary>
    public sealed record Citation(int Line, string Path, string? Anchor);

    /// <summary>Every line of <paramref name="text"/> that mentions a <see cref="ForbiddenNames"/> entry.</summary>
    public static IReadOnlyList<Problem> FindForbidden(string file, string text)
    {
        var problems = new List<Problem>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            foreach (string name in ForbiddenNames)
            {
                if (lines[i].Contains(name, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(new Problem(file, i + 1,
                        $"mentions {name}, which is not in the repository. Fix: cite the paper (Brown et al. 2021, arXiv 2012.06421) by topic and/or a docs/ page and heading, e.g. docs/bounds.md#fano-bound."));
                }
            }
        }
        return problems;
    }

    /// <summary>The repository-relative <c>docs/….md[#anchor]</c> citations of <paramref name="text"/>, by line.</summary>
    public static IReadOnlyList<Citation> FindCitations(string text)
    {
        var citations = new List<Citation>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            foreach (Match match in DocsCitation().Matches(lines[i]))
            {
                string? anchor = match.Groups["anchor"].Success ? match.Groups["anchor"].Value : null;
                citations.Add(new Citation(i + 1, "docs/" + match.Groups["path"].Value, anchor));
            }
        }
        return citations;
    }

    /// <summary>
    /// The relative Markdown links of a page under <c>docs/</c> (<c>[text](file.md#anchor)</c>, <c>[text](#anchor)</c>),
    /// resolved to repository-relative paths; external links (with a scheme) are left out.
    /// </summary>
    public static IReadOnlyList<Citation> FindMarkdownLinks(string pagePath, string text)
    {
        var citations = new List<Citation>();
        string folder = Path.GetDirectoryName(pagePath)?.Replace('\\', '/') ?? "";
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            foreach (Match match in MarkdownLink().Matches(lines[i]))
            {
                string target = match.Groups["target"].Value;
                if (target.Contains("://", StringComparison.Ordinal))
                {
                    continue;
                }
                string? anchor = match.Groups["anchor"].Success ? match.Groups["anchor"].Value : null;
                string path = target.Length == 0 ? pagePath : Normalise(folder.Length == 0 ? target : folder + "/" + target);
                citations.Add(new Citation(i + 1, path, anchor));
            }
        }
        return citations;
    }

    /// <summary>
    /// The anchors GitHub gives the headings of a Markdown page: the heading text in lower case, every character that
    /// is not a letter, digit, space, hyphen or underscore dropped, spaces turned into hyphens; a repeated anchor gets
    /// <c>-1</c>, <c>-2</c>, …. Lines inside fenced code blocks are not headings.
    /// </summary>
    public static IReadOnlySet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        bool inFence = false;
        foreach (string raw in markdown.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }
            Match heading = Heading().Match(line);
            if (inFence || !heading.Success)
            {
                continue;
            }
            string slug = Slug(heading.Groups["text"].Value);
            if (seen.TryGetValue(slug, out int count))
            {
                seen[slug] = count + 1;
                slug = $"{slug}-{count + 1}";
            }
            else
            {
                seen[slug] = 0;
            }
            anchors.Add(slug);
        }
        return anchors;
    }

    /// <summary>GitHub's anchor of one heading text (see <see cref="Anchors"/>).</summary>
    public static string Slug(string heading)
    {
        var slug = new StringBuilder(heading.Length);
        foreach (char c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '-' || c == '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }
        return slug.ToString();
    }

    /// <summary>
    /// The problems of <paramref name="citations"/> made in <paramref name="file"/>: a cited file that does not exist
    /// under <paramref name="root"/>, or an anchor that is no heading of it.
    /// </summary>
    public static IReadOnlyList<Problem> Check(string root, string file, IEnumerable<Citation> citations)
    {
        var problems = new List<Problem>();
        var anchorsByPage = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (Citation citation in citations)
        {
            string full = Path.Combine(root, citation.Path);
            if (!File.Exists(full))
            {
                problems.Add(new Problem(file, citation.Line,
                    $"cites {citation.Path}, which does not exist. Fix: cite an existing page (ls docs/) or add the page."));
                continue;
            }
            if (citation.Anchor is null)
            {
                continue;
            }
            if (!anchorsByPage.TryGetValue(citation.Path, out IReadOnlySet<string>? anchors))
            {
                anchors = Anchors(File.ReadAllText(full));
                anchorsByPage[citation.Path] = anchors;
            }
            if (!anchors.Contains(citation.Anchor))
            {
                problems.Add(new Problem(file, citation.Line,
                    $"cites {citation.Path}#{citation.Anchor}, but {citation.Path} has no heading with that anchor "
                    + $"(its anchors: {string.Join(", ", anchors.Order(StringComparer.Ordinal))}). Fix: cite one of them or add the heading."));
            }
        }
        return problems;
    }

    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (string part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part.Length > 0 && part != ".")
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }

    // docs/<path>.md with an optional #anchor, not preceded by a path character (so "mydocs/" and "../docs/" are not
    // repository-relative citations).
    [GeneratedRegex(@"(?<![\w./-])docs/(?<path>[A-Za-z0-9_\-/]+\.md)(?:#(?<anchor>[A-Za-z0-9_\-]+))?")]
    private static partial Regex DocsCitation();

    [GeneratedRegex(@"\]\((?<target>[^)#\s]*?)(?:#(?<anchor>[^)\s]+))?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^ {0,3}#{1,6}\s+(?<text>.*?)\s*#*\s*$")]
    private static partial Regex Heading();
}
