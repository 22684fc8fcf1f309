namespace Memorization.Claims.Measurements;

/// <summary>One point of a curve with its confidence band (equal to <see cref="Y"/> when there is none).</summary>
public sealed record CurvePoint(double X, double Y, double Lower, double Upper);
