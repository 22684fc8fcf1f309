namespace Memorization.Claims.Measurements;

/// <summary>How a <see cref="CurveSeries"/> is drawn.</summary>
public enum CurveStyle
{
    /// <summary>A measured quantity: a line through markers at the measured points, with its confidence band.</summary>
    Line = 0,

    /// <summary>
    /// A reference that was not measured along x (a constant, a guessing rate, a Bayes-optimal error, n·d): a dashed line
    /// without markers; horizontal when y is constant, vertical when x is.
    /// </summary>
    Reference = 1,

    /// <summary>Points that are not a path (x jumps back and forth): markers with vertical error bars, never joined.</summary>
    Points = 2,
}
