using Memorization.Configuration;

namespace Memorization.Tasks;

/// <summary>
/// The parameter presets of both tasks for each <see cref="Tier"/>, in one place.
/// Smoke: seconds on CPU (HCL n = 200, d = 400, N = 200, published ρ ≈ 0.267; NSP n = 96, d = 64, N = 288, δ = 0.1 — the instance of the NSP claims; 200 queries per split).
/// Paper: the published HCL parameters (PAPER.md §2.1) and NSP n = N = 500, d = 500, δ = 0.1; 500 queries per split.
/// Tiny: enumerable (HCL n = 3, d = 4, N = 3, ρ = 0.5: ≤ 27·2^12 training sets, about 4·10^3 on average;
/// NSP n = 3, d = 3, N = 3, δ = 0.2: 27·2^9 ≈ 1.4·10^4 training sets; 100 queries per split).
/// </summary>
public static class TaskPresets
{
    /// <summary>HCL parameters of <paramref name="tier"/>.</summary>
    public static HclParameters Hcl(Tier tier) => tier switch
    {
        Tier.Smoke => HclParameters.WithPublishedRho(200, 400, 200, testSize: 200),
        Tier.Paper => HclParameters.Paper,
        Tier.Tiny => new HclParameters(3, 4, 3, 0.5, testSize: 100),
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier; valid: smoke, paper, tiny."),
    };

    /// <summary>NSP parameters of <paramref name="tier"/>.</summary>
    public static NspParameters Nsp(Tier tier) => tier switch
    {
        Tier.Smoke => new NspParameters(96, 64, 288, 0.1, testSize: 200),
        Tier.Paper => new NspParameters(500, 500, 500, 0.1, testSize: 500),
        Tier.Tiny => new NspParameters(3, 3, 3, 0.2, testSize: 100),
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier; valid: smoke, paper, tiny."),
    };
}
