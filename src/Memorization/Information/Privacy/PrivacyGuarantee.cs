namespace Memorization.Information.Privacy;

/// <summary>An (ε, δ)-differential-privacy guarantee, with the Rényi order whose conversion gave the smallest ε.</summary>
/// <param name="Epsilon">ε ≥ 0.</param>
/// <param name="Delta">δ ∈ (0, 1).</param>
/// <param name="Order">The Rényi order α at which the conversion was tightest.</param>
public sealed record PrivacyGuarantee(double Epsilon, double Delta, int Order);
