using Memorization.Claims.Measurements.Hcl;
using Memorization.Claims.Measurements.Multilabel;
using Memorization.Claims.Measurements.Nsp;
using Memorization.Claims.Measurements.Privacy;
using Memorization.Claims.Measurements.Singletons;
using Memorization.Claims.Measurements.Size;
using Memorization.Experiments.Hcl;

namespace Memorization.Claims.Measurements;

/// <summary>
/// Every claim measurement of the library, in one explicit list: adding a claim = one claim file plus one
/// <see cref="IClaimMeasurement"/> class added to <see cref="Default"/>.
/// </summary>
public sealed class ClaimMeasurementCatalog
{
    private readonly Dictionary<string, IClaimMeasurement> _byId;

    /// <summary>A catalogue of <paramref name="measurements"/> (tests pass fakes).</summary>
    /// <exception cref="ArgumentException">Two measurements for the same claim.</exception>
    public ClaimMeasurementCatalog(IEnumerable<IClaimMeasurement> measurements)
    {
        _byId = new Dictionary<string, IClaimMeasurement>(StringComparer.Ordinal);
        foreach (IClaimMeasurement m in measurements)
        {
            if (!_byId.TryAdd(m.ClaimId, m))
            {
                throw new ArgumentException($"Two measurements are registered for claim {m.ClaimId}: {_byId[m.ClaimId].GetType().Name} and {m.GetType().Name}. Keep one.", nameof(measurements));
            }
        }
    }

    /// <summary>The library's measurements.</summary>
    public static ClaimMeasurementCatalog Default { get; } = new(
    [
        new SingletonFractionMeasurement(),
        new BayesOptimalityMeasurement(),
        new ExactInformationMeasurement(),
        new ModelAccuracyMeasurement(HclModelKind.LogisticRegression),
        new ModelAccuracyMeasurement(HclModelKind.Mlp),
        new ReconstructionMeasurement(HclModelKind.LogisticRegression),
        new ReconstructionMeasurement(HclModelKind.Mlp),
        new IrrelevantBitsMeasurement(),
        new MultiplicityMeasurement(),
        new InformationBoundMeasurement(),
        new ScalingMeasurement(),
        new TradeoffMeasurement(),
        new SingletonFractionMeasurement("NSP-SING"),
        new NspBayesOptimalityMeasurement(),
        new NspAccuracyMeasurement(),
        new NspReconstructionMeasurement(),
        new NspIrrelevantBitsMeasurement(),
        new NspInformationBoundMeasurement(),
        new ModelSizeMeasurement(),
        new PrivacyMeasurement(),
        new MultilabelAccuracyMeasurement(),
        new MultilabelReconstructionMeasurement(),
        new MultilabelIrrelevantBitsMeasurement(),
        new MultilabelInformationBoundMeasurement(),
    ]);

    /// <summary>The registered measurements.</summary>
    public IReadOnlyCollection<IClaimMeasurement> All => _byId.Values;

    /// <summary>The measurement of <paramref name="claimId"/>, or null when none is registered.</summary>
    public IClaimMeasurement? Find(string claimId) => _byId.GetValueOrDefault(claimId);
}
