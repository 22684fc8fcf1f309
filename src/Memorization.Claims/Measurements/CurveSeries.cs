using System.Text.Json.Serialization;

namespace Memorization.Claims.Measurements;

/// <summary>
/// A series for a figure (e.g. recovery error against gradient steps, docs/experiments.md#checkpoints-and-figures). Series with the same
/// <see cref="Figure"/> are drawn on one figure, in one panel per distinct <see cref="Panel"/>.
/// </summary>
/// <param name="Figure">The figure's key, used for the PNG file name (letters, digits, '-', '_').</param>
/// <param name="Name">The legend text of this series.</param>
/// <param name="XLabel">The x axis.</param>
/// <param name="YLabel">The y axis.</param>
/// <param name="Points">The points, in order of x (for <see cref="CurveStyle.Points"/>, in any order).</param>
/// <param name="OnRightAxis">Draw against a second y axis on the right, labelled with this series' <see cref="YLabel"/>
/// (for a quantity of another scale in the same figure, e.g. excess error next to recovery).</param>
public sealed record CurveSeries(string Figure, string Name, string XLabel, string YLabel, IReadOnlyList<CurvePoint> Points, bool OnRightAxis = false)
{
    /// <summary>
    /// The words that end the name of a <see cref="CurveStyle.Points"/> series drawn for the figure only, next to the points a
    /// metric used: the exporter draws it hollow, in the colour of the series before it.
    /// </summary>
    public const string FigureOnlyMarker = "(figure only)";

    /// <summary>
    /// The figure's title, in words (what it shows, not its key); the first series of a figure that has one names it.
    /// Left out of the JSON when null, so that results and digests of series without one stay as they were.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    /// <summary>
    /// The panel of the figure this series belongs to (its heading, e.g. <c>logistic regression</c>); series of different
    /// panels get their own axes, so that 50 and 2,000 steps are not squeezed onto one. Null: the figure's only panel.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Panel { get; init; }

    /// <summary>How the series is drawn (left out of the JSON when it is the default, a line with its band).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public CurveStyle Style { get; init; }
}
