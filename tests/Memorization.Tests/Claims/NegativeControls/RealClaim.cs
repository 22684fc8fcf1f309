using Memorization.Claims.Measurements;
using Memorization.Claims.Running;
using Memorization.Claims.Specs;
using Memorization.Configuration;
using Memorization.Devices;

namespace Memorization.Tests.Claims.NegativeControls;

/// <summary>
/// A committed claim file (claims/&lt;ID&gt;.yaml) with some tier parameters replaced: negative controls run the
/// claim's real assertions on an instance where the claimed effect is absent, and must see them fail.
/// </summary>
internal static class RealClaim
{
    /// <summary>Claim <paramref name="id"/> as committed.</summary>
    public static ClaimSpec Load(string id)
    {
        string root = ReproSettings.Load(typeof(RealClaim).Assembly).RepositoryRoot!;
        string path = Path.Combine(root, "claims", id + ".yaml");
        return ClaimFileParser.Parse($"claims/{id}.yaml", File.ReadAllText(path)).Spec
               ?? throw new InvalidOperationException($"claims/{id}.yaml does not parse; run repro claims validate.");
    }

    /// <summary>
    /// The smoke case of <paramref name="claim"/> with <paramref name="overrides"/> replacing (or adding) parameters; an
    /// override with a null value removes the parameter.
    /// </summary>
    public static ClaimCase SmokeCase(ClaimSpec claim, params (string Name, string? Value)[] overrides)
    {
        TierSpec smoke = claim.FindTier(Tier.Smoke)!;
        List<ClaimParameter> parameters = smoke.Parameters.Where(p => overrides.All(o => o.Name != p.Name)).ToList();
        parameters.AddRange(overrides.Where(o => o.Value is not null).Select(o => new ClaimParameter(o.Name, o.Value!, smoke.Location)));
        TierSpec changed = smoke with { Parameters = parameters };
        ClaimSpec spec = claim with { Tiers = [changed] };
        return new ClaimCase(spec, changed, "cpu", claim.Seed);
    }

    /// <summary><paramref name="claimCase"/> on the CPU, for measurements that train.</summary>
    public static ClaimCase OnCpu(ClaimCase claimCase) => claimCase with { Device = TorchDevices.Resolve(DeviceOption.Cpu) };

    /// <summary>Whether every assertion of <paramref name="claim"/> holds on <paramref name="result"/>.</summary>
    public static bool Holds(ClaimSpec claim, ClaimMeasurementResult result) =>
        AssertionEvaluator.Evaluate(claim, result).All(o => o.Passed);
}
