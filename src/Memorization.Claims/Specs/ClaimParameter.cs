namespace Memorization.Claims.Specs;

/// <summary>One parameter of a tier as written in the claim file (a YAML scalar), typed when a measurement reads it.</summary>
/// <param name="Name">The key, e.g. <c>n</c> or <c>rho</c>.</param>
/// <param name="Text">The scalar exactly as written.</param>
/// <param name="Location">Where it is written.</param>
public sealed record ClaimParameter(string Name, string Text, SourceLocation Location);
