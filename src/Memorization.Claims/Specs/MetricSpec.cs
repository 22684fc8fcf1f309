namespace Memorization.Claims.Specs;

/// <summary>A quantity a claim measures (<c>metrics[]</c>).</summary>
/// <param name="Name">snake_case name, matched against what the claim's measurement reports.</param>
/// <param name="Description">What the number is, in words.</param>
/// <param name="Unit">e.g. <c>fraction</c>, <c>bits</c>.</param>
/// <param name="Tolerance">The baseline tolerance; null means the metric is reported but not compared with the baseline.</param>
/// <param name="Location">Where it is declared.</param>
public sealed record MetricSpec(string Name, string Description, string Unit, Tolerance? Tolerance, SourceLocation Location);
