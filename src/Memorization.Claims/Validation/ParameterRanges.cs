using Memorization.Claims.Measurements;

namespace Memorization.Claims.Validation;

/// <summary>
/// The one table of the tier parameters the measurements read, with their valid ranges. Parameters are free-form per
/// claim, so a name that is not here is not checked; a name that is here is checked at every tier of every claim
/// (<see cref="ParameterRangeValidator"/>, REPRO020), with the same bounds the measurements enforce at run time.
/// </summary>
public static class ParameterRanges
{
    private const double Inf = double.PositiveInfinity;

    /// <summary>Every entry; exact names before <c>*_suffix</c> families, which are tried last.</summary>
    public static IReadOnlyList<ParameterRange> Table { get; } =
    [
        Whole("n", 1, "the number of training examples", "500"),
        Whole("dimension", 1, "d, the number of coordinates (HCL) or the string length (NSP)", "1000"),
        Whole("subpopulations", 1, "N, the number of subpopulations", "500"),
        Whole("test_size", 1, "the number of queries per test set", "500"),
        Whole("label_bits", 1, "k, the label bits per subpopulation of multilabel HCL", "800"),
        Whole("replicates", ClaimMetrics.MinimumSamples, $"the number of training sets drawn, at least {ClaimMetrics.MinimumSamples} for a mean interval", "20000"),
        Whole("instances", 2, "the number of tiny instances, at least 2 for a Student-t interval", "12"),
        Whole("training_sets", 1, "the number of training sets per instance", "20"),
        Whole("steps", 1, "the number of training steps", "900"),
        Whole("checkpoint_every", 1, "the number of steps between checkpoints", "50"),
        Whole("attack_every", 1, "attack every k-th checkpoint", "1"),
        Whole("mlp_decay_after", 0, "the step from which the MLP's learning rate decays", "450"),
        Whole("d_model", 1, "the sequence model's width", "64"),
        Whole("layers", 1, "the number of Transformer layers", "2"),
        Whole("heads", 1, "the number of attention heads", "4"),
        Whole("feed_forward", 1, "the width of the feed-forward layers", "128"),
        Whole("memory_slots", 1, "the learned key/value slots of the persistent-memory sequence model", "192"),
        Whole("batch_size", 1, "the number of strings per batch", "256"),
        Whole("prompt_length", 0, "k, the prefix length of the extraction attack", "16"),
        Whole("informed_probes", 1, "R, the probes of the informed attack", "31"),
        Whole("fresh_controls", 1, "fresh strings per singleton subpopulation", "4"),
        Whole("informed_samples", 0, "samples of the informed attack, 0 for none", "16"),
        Whole("represented_controls", 0, "represented examples attacked as controls", "64"),
        Whole("figure_targets_lr", 0, "singletons the logistic regression's figure-only attacks target, 0 for none", "26"),
        Whole("figure_targets_mlp", 0, "singletons the MLP's figure-only attacks target, 0 for none", "16"),
        Real("rho", 0, true, 1, true, "ρ, the probability that a coordinate is fixed", "0.5"),
        Real("rho_a", 0, false, Inf, false, "the constant a of the published ρ", "50000"),
        Real("delta", 0, false, 1, true, "δ: twice the NSP noise rate, or the DP failure probability", "0.1"),
        Real("input_noise", 0, true, 0.5, false, "the rate of flipped context bits in training", "0.03"),
        Real("dp_sampling_rate", 0, false, 1, true, "the Poisson sampling rate of DP-SGD, 1 for full batches", "1"),
        Real("dp_clip", 0, false, Inf, false, "C, the per-example gradient norm bound of DP-SGD", "1"),
        Real("zipf_exponent", 0, true, Inf, false, "s, the exponent of the Zipf prior, 0 for uniform", "1"),
        Real("learning_rate", 0, false, Inf, false, "the learning rate", "0.001"),
        Whole("*_steps", 1, "a number of training steps", "50"),
        Whole("*_checkpoint_every", 1, "the number of steps between checkpoints", "50"),
        Whole("*_hidden", 1, "a hidden width", "1500"),
        Real("*_learning_rate", 0, false, Inf, false, "a learning rate", "0.1"),
        Real("*_momentum", 0, true, 1, false, "a momentum, 0 for plain SGD", "0.9"),
    ];

    /// <summary>The entry for <paramref name="name"/>, or null for a parameter the suite does not check.</summary>
    public static ParameterRange? Find(string name) => Table.FirstOrDefault(r => r.Covers(name));

    private static ParameterRange Whole(string name, int min, string meaning, string example) =>
        new(name, ParameterKind.Whole, min, true, Inf, false, meaning, example);

    private static ParameterRange Real(string name, double min, bool minInclusive, double max, bool maxInclusive, string meaning, string example) =>
        new(name, ParameterKind.Real, min, minInclusive, max, maxInclusive, meaning, example);
}
