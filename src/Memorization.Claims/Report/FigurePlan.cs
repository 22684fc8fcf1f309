using Memorization.Claims.Measurements;
using Memorization.Claims.Running;

namespace Memorization.Claims.Report;

/// <summary>
/// What one figure draws, before any pixel: its file, title and panels, each panel with its axes and series (styles
/// and points). <see cref="FigureExporter"/> renders it with ScottPlot; tests snapshot it (the data series, not pixels).
/// </summary>
/// <param name="Path">The report-relative PNG path.</param>
/// <param name="Title">The figure's title in words, with tier and device.</param>
/// <param name="Panels">One or more panels, drawn one above the other.</param>
public sealed record FigurePlan(string Path, string Title, IReadOnlyList<FigurePanel> Panels)
{
    /// <summary>The plan of figure <paramref name="key"/> of <paramref name="claim"/> from its <paramref name="series"/>.</summary>
    public static FigurePlan Of(ClaimResult claim, string key, IReadOnlyList<CurveSeries> series)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
        {
            throw new ArgumentException($"Figure '{key}' of {claim.ClaimId} has no series.", nameof(series));
        }

        // Results written before figures had titles fall back to the claim's title.
        string title = series.Select(s => s.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? $"{claim.ClaimId}: {claim.Title}";
        var panels = series.GroupBy(s => s.Panel).Select(g =>
        {
            CurveSeries[] members = g.ToArray();
            CurveSeries? right = members.FirstOrDefault(s => s.OnRightAxis);
            return new FigurePanel(g.Key, members[0].XLabel, members.FirstOrDefault(s => !s.OnRightAxis)?.YLabel ?? members[0].YLabel,
                right?.YLabel, members);
        }).ToArray();
        return new FigurePlan(FigureExporter.PathOf(claim, key), $"{title} ({claim.Tier}, {claim.Device})", panels);
    }
}
