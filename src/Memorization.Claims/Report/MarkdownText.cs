using System.Globalization;

namespace Memorization.Claims.Report;

/// <summary>How the Markdown report writes numbers, levels and table cells (shared by its sections).</summary>
internal static class MarkdownText
{
    /// <summary>Free text on one line.</summary>
    public static string Text(string text) => text.ReplaceLineEndings(" ").Trim();

    /// <summary>Text safe inside a table cell (pipes escaped).</summary>
    public static string Cell(string text) => Text(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>A number with four significant digits.</summary>
    public static string F(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>A confidence level as a percentage, e.g. <c>99.96%</c>.</summary>
    public static string Percent(double level) => (level * 100.0).ToString("0.####", CultureInfo.InvariantCulture) + "%";
}
