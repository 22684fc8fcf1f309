using System.Globalization;
using Memorization.Claims.Specs;
using Memorization.Configuration;
using Memorization.Devices;

namespace Memorization.Claims.Measurements;

/// <summary>
/// One run of a claim: claim × tier × device × seed, with typed access to the tier's parameters.
/// </summary>
/// <param name="Claim">The claim file's content.</param>
/// <param name="Tier">The tier's parameters.</param>
/// <param name="DeviceName"><c>cpu</c> or <c>cuda</c>: the device part of baseline and result file names.</param>
/// <param name="Seed">The root seed of every random stream of this run (the claim's seed unless overridden).</param>
/// <param name="Device">The TorchSharp device for measurements that train; null for outer-layer tests and torch-free measurements.</param>
public sealed record ClaimCase(ClaimSpec Claim, TierSpec Tier, string DeviceName, ulong Seed, ResolvedDevice? Device = null)
{
    /// <summary>The claim's id.</summary>
    public string ClaimId => Claim.Id;

    /// <summary>The tier's name in lower case (<c>smoke</c>, <c>paper</c>, <c>tiny</c>).</summary>
    public string TierName => Tier.Tier.ToString().ToLowerInvariant();

    /// <summary>Every confidence level the measurement must report intervals at.</summary>
    public IReadOnlyList<double> ConfidenceLevels => Claim.RequiredConfidenceLevels;

    /// <summary>
    /// <paramref name="metricsAt"/> evaluated at every level of <see cref="ConfidenceLevels"/>, each exact metric
    /// (<see cref="MetricValue.Exact"/>, valid at every level) kept once.
    /// </summary>
    public List<MetricValue> AtEveryLevel(Func<double, IEnumerable<MetricValue>> metricsAt)
    {
        var metrics = new List<MetricValue>();
        var exact = new HashSet<string>(StringComparer.Ordinal);
        foreach (double level in ConfidenceLevels)
        {
            foreach (MetricValue metric in metricsAt(level))
            {
                if (metric.Confidence < 1.0 || exact.Add(metric.Name))
                {
                    metrics.Add(metric);
                }
            }
        }

        return metrics;
    }

    /// <summary>The TorchSharp device; throws a clear error when the case was built without one.</summary>
    public ResolvedDevice RequireDevice() =>
        Device ?? throw new InvalidOperationException($"Claim {ClaimId}: this measurement trains models and needs a resolved device; build the case with TorchDevices.Resolve(...).");

    /// <summary>Integer parameter <paramref name="name"/> of this tier.</summary>
    /// <exception cref="ClaimParameterException">Missing, or not a whole number.</exception>
    public int GetInt(string name) =>
        int.TryParse(Raw(name).Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw IllTyped(name, "a whole number, e.g. 500");

    /// <summary>Real parameter <paramref name="name"/> of this tier.</summary>
    /// <exception cref="ClaimParameterException">Missing, or not a finite number.</exception>
    public double GetDouble(string name) =>
        double.TryParse(Raw(name).Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw IllTyped(name, "a finite number, e.g. 0.1739");

    /// <summary>Boolean parameter <paramref name="name"/> of this tier.</summary>
    /// <exception cref="ClaimParameterException">Missing, or not true/false.</exception>
    public bool GetBool(string name) => Raw(name).Text switch
    {
        "true" => true,
        "false" => false,
        _ => throw IllTyped(name, "true or false"),
    };

    /// <summary>Text parameter <paramref name="name"/> of this tier.</summary>
    /// <exception cref="ClaimParameterException">Missing.</exception>
    public string GetString(string name) => Raw(name).Text;

    /// <summary>Whether the tier defines <paramref name="name"/> (for optional parameters).</summary>
    public bool Has(string name) => Tier.Find(name) is not null;

    private ClaimParameter Raw(string name) =>
        Tier.Find(name) ?? throw new ClaimParameterException(
            $"{Claim.Location.File}: claim {ClaimId}, tier {TierName}: the measurement needs parameter '{name}', which tiers.{TierName}.parameters " +
            $"does not define (it has: {(Tier.Parameters.Count == 0 ? "none" : string.Join(", ", Tier.Parameters.Select(p => p.Name)))}). Add '{name}: <value>' there.");

    private ClaimParameterException IllTyped(string name, string expected)
    {
        ClaimParameter p = Raw(name);
        return new ClaimParameterException($"{p.Location}: claim {ClaimId}, tier {TierName}: parameter '{name}' = '{p.Text}' must be {expected}.");
    }
}
