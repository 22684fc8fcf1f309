using Memorization.Experiments.Hcl;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>The short names the HCL claims use for each model in metric names and figures.</summary>
public static class HclModelKindNames
{
    /// <summary><c>lr</c> or <c>mlp</c>: the prefix of the model's metric names (e.g. <c>lr_recovery</c>).</summary>
    public static string MetricPrefix(this HclModelKind model) => model == HclModelKind.LogisticRegression ? "lr" : "mlp";

    /// <summary><c>LR</c> or <c>MLP</c>: the suffix of the model's claim ids (e.g. <c>RECON-LR</c>).</summary>
    public static string ClaimSuffix(this HclModelKind model) => model.MetricPrefix().ToUpperInvariant();
}
