namespace Memorization.Claims.Sweep;

/// <summary>One seed's outcome of an assertion: the strip plot's dot and the sweep's raw data.</summary>
/// <param name="Seed">The seed.</param>
/// <param name="Value">The metric's point estimate at the assertion's confidence (null when not measured).</param>
/// <param name="Bound">The confidence bound compared (null when not measured).</param>
/// <param name="Threshold">The number compared against (null when not measured).</param>
/// <param name="Passed">Whether the assertion held at this seed.</param>
public sealed record AssertionPoint(ulong Seed, double? Value, double? Bound, double? Threshold, bool Passed);
