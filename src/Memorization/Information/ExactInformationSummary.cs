namespace Memorization.Information;

/// <summary>
/// Exact information of one learner averaged over sampled tiny instances P: each instance's quantities are exact; the
/// mean over instances gets a two-sided Student-t interval (instances i.i.d. from the task's prior; an approximation for
/// few instances).
/// </summary>
/// <param name="Learner">The learner's name.</param>
/// <param name="Instances">The per-instance exact values.</param>
/// <param name="ModelInformation">Mean I(X;M|P) and its interval (bits).</param>
/// <param name="DataEntropy">Mean H(X|P) and its interval (bits).</param>
/// <param name="FanoBound">Mean exact Fano bound and its interval (bits).</param>
/// <param name="Confidence">The intervals' level.</param>
public sealed record ExactInformationSummary(
    string Learner,
    IReadOnlyList<ExactInformation> Instances,
    (double Mean, double Lower, double Upper) ModelInformation,
    (double Mean, double Lower, double Upper) DataEntropy,
    (double Mean, double Lower, double Upper) FanoBound,
    double Confidence)
{
    /// <summary>Summarises at least two instances.</summary>
    public static ExactInformationSummary From(string learner, IReadOnlyList<ExactInformation> instances, double confidence)
    {
        ArgumentNullException.ThrowIfNull(instances);
        return new ExactInformationSummary(learner, instances,
            ConfidenceBounds.StudentMean(instances.Select(x => x.ModelInformation).ToArray(), confidence),
            ConfidenceBounds.StudentMean(instances.Select(x => x.DataEntropy).ToArray(), confidence),
            ConfidenceBounds.StudentMean(instances.Select(x => x.FanoBound).ToArray(), confidence),
            confidence);
    }
}
