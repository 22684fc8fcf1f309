namespace Memorization.Claims.Measurements;

/// <summary>
/// A series for a figure (e.g. recovery error against gradient steps, docs/experiments.md#checkpoints-and-figures). Series with the same
/// <see cref="Figure"/> are drawn on one plot.
/// </summary>
/// <param name="Figure">The figure's name, used for the PNG file name (letters, digits, '-', '_').</param>
/// <param name="Name">The legend text of this series.</param>
/// <param name="XLabel">The x axis.</param>
/// <param name="YLabel">The y axis.</param>
/// <param name="Points">The points, in order of x.</param>
/// <param name="OnRightAxis">Draw against a second y axis on the right, labelled with this series' <see cref="YLabel"/>
/// (for a quantity of another scale in the same figure, e.g. excess error next to recovery).</param>
public sealed record CurveSeries(string Figure, string Name, string XLabel, string YLabel, IReadOnlyList<CurvePoint> Points, bool OnRightAxis = false);
