using Memorization.Information;

namespace Memorization.Evaluation;

/// <summary>
/// A model's excess error ε over the Bayes-optimal predictor on the same queries (docs/bayes-optimal.md#excess-error): the mean of the
/// paired per-query differences Δᵢ = 1[model wrong] − 1[Bayes wrong] ∈ {−1, 0, 1}, with the exact interval of
/// <see cref="ConfidenceBounds.PairedDifference"/> (Clopper–Pearson on both discordant counts, Bonferroni). A Wald
/// interval Δ̄ ± z·s/√m collapsed to a point when every Δᵢ was equal (e.g. [1, 1] for a forgetful learner that misses
/// every singleton query); this one keeps its width.
/// </summary>
/// <param name="Model">The model's error.</param>
/// <param name="Bayes">The Bayes-optimal error on the same queries.</param>
/// <param name="Excess">Δ̄ = Model.Rate − Bayes.Rate.</param>
/// <param name="Lower">Lower end of the interval on the expected excess error.</param>
/// <param name="Upper">Upper end.</param>
/// <param name="Confidence">The level.</param>
/// <param name="Method">The interval's method, in words.</param>
public sealed record ExcessError(ErrorEstimate Model, ErrorEstimate Bayes, double Excess, double Lower, double Upper, double Confidence, string Method)
{
    /// <summary>Pairs two mistake vectors over the same queries.</summary>
    /// <exception cref="ArgumentException">The vectors differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">There are no queries.</exception>
    public static ExcessError FromMistakes(IReadOnlyList<bool> model, IReadOnlyList<bool> bayes, double confidence)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(bayes);
        if (model.Count != bayes.Count)
        {
            throw new ArgumentException($"The model has {model.Count} outcomes and Bayes {bayes.Count}; pair them on the same queries.", nameof(bayes));
        }
        int modelOnly = model.Where((m, i) => m && !bayes[i]).Count();
        int bayesOnly = model.Where((m, i) => !m && bayes[i]).Count();
        (double lower, double upper) = ConfidenceBounds.PairedDifference(modelOnly, bayesOnly, model.Count, confidence);
        return new ExcessError(ErrorEstimate.FromMistakes(model, confidence), ErrorEstimate.FromMistakes(bayes, confidence),
            (double)(modelOnly - bayesOnly) / model.Count, lower, upper, confidence,
            "paired per-query differences, exact: Clopper–Pearson on both discordant counts (Bonferroni)");
    }

    /// <inheritdoc/>
    public override string ToString() =>
        FormattableString.Invariant($"ε = {Excess:F4} [{Lower:F4}, {Upper:F4}] (model {Model.Rate:F4}, Bayes {Bayes.Rate:F4})");
}
