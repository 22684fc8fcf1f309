using Memorization.Claims.Measurements;

namespace Memorization.Claims.Report;

/// <summary>One panel of a <see cref="FigurePlan"/>: its own axes and series.</summary>
/// <param name="Heading">The panel's heading (null for a figure's only panel).</param>
/// <param name="XLabel">The x axis.</param>
/// <param name="YLabel">The left y axis.</param>
/// <param name="RightYLabel">The right y axis, when a series is drawn against it.</param>
/// <param name="Series">The series in drawing order.</param>
public sealed record FigurePanel(string? Heading, string XLabel, string YLabel, string? RightYLabel, IReadOnlyList<CurveSeries> Series);
