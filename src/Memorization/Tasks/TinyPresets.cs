namespace Memorization.Tasks;

/// <summary>
/// The tiny tier of both tasks: instances small enough to enumerate every training set (exact information). Defined
/// here, beside the tasks, because their size is what exact enumeration can afford: HCL n = 3, d = 4, N = 3, ρ = 0.5
/// (≤ 27·2^12 training sets, about 4·10^3 on average); NSP n = 3, d = 3, N = 3, δ = 0.2 (27·2^9 ≈ 1.4·10^4); 100 queries
/// per split. The smoke and paper tiers are the shared experiments' (claims/experiments/, read by
/// <c>Memorization.Claims.Presets.TaskPresets</c>); the EXACT claim declares its own tiny instance in its claim file.
/// </summary>
public static class TinyPresets
{
    /// <summary>HCL at the tiny tier.</summary>
    public static HclParameters Hcl { get; } = new(3, 4, 3, 0.5, testSize: 100);

    /// <summary>NSP at the tiny tier.</summary>
    public static NspParameters Nsp { get; } = new(3, 3, 3, 0.2, testSize: 100);
}
