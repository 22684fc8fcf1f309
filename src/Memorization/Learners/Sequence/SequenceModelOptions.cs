using Memorization.Configuration;

namespace Memorization.Learners.Sequence;

/// <summary>
/// Architecture and training hyperparameters of the causal sequence model of next-symbol prediction
/// (docs/tasks.md#nsp): a pre-LayerNorm Transformer decoder over the bits of a string, or one attention layer over
/// learned memory slots (<paramref name="Architecture"/>).
/// </summary>
/// <param name="ModelDimension">Width of the residual stream (d_model; Transformer only).</param>
/// <param name="Layers">Number of Transformer blocks (attention + feed-forward; Transformer only).</param>
/// <param name="Heads">Attention heads; must divide <paramref name="ModelDimension"/> (Transformer only).</param>
/// <param name="FeedForwardDimension">Hidden width of each block's feed-forward layer (Transformer only).</param>
/// <param name="LearningRate">Adam's step size.</param>
/// <param name="Steps">Number of optimiser steps.</param>
/// <param name="BatchSize">Strings per step; <c>null</c> means full batch (every training string each step).</param>
/// <param name="CheckpointEvery">Every this many steps (and after the last) the trainer calls the checkpoint callback.</param>
/// <param name="InitStandardDeviation">σ of the N(0, σ²) initialisation of every weight matrix (biases start at 0).</param>
/// <param name="EmbeddingInitStandardDeviation">σ_e of the N(0, σ_e²) initialisation of the token and position embeddings.
/// Large (1, PyTorch's default for embeddings) so that the LayerNorm of token + position is markedly
/// nonlinear from the first step: with σ_e = 0.02 the smoke model spent its first ~100 steps at chance.</param>
/// <param name="InputNoiseRate">Probability with which each context bit is flipped during training (the targets stay
/// the training bits): the model then sees prefixes as noisy as a fresh query's, c ⊕ e′, instead of only the exact
/// training strings. 0 = plain language-model training.</param>
/// <param name="CosineDecay">Decay the step size from <paramref name="LearningRate"/> to 0 along a half cosine over
/// <paramref name="Steps"/> (false: constant). At a constant step size the last iterate keeps moving around the
/// minimum, and with noisy contexts some singleton strings are not reproduced verbatim at the end of training; the
/// annealed last steps settle it.</param>
/// <param name="Architecture">The network: <see cref="SequenceArchitecture.CausalTransformer"/> (the width, depth and head
/// fields above) or <see cref="SequenceArchitecture.PersistentMemory"/> (<paramref name="MemorySlots"/>).</param>
/// <param name="MemorySlots">Learned key/value slots of the persistent-memory network (used only by that architecture).</param>
public sealed record SequenceModelOptions(
    int ModelDimension,
    int Layers,
    int Heads,
    int FeedForwardDimension,
    double LearningRate,
    int Steps,
    int? BatchSize,
    int CheckpointEvery,
    double InitStandardDeviation,
    double EmbeddingInitStandardDeviation,
    double InputNoiseRate = 0.0,
    bool CosineDecay = false,
    SequenceArchitecture Architecture = SequenceArchitecture.CausalTransformer,
    int MemorySlots = 0)
{
    /// <summary>
    /// Smoke preset: d_model 32, 2 layers, 4 heads, feed-forward 128, full-batch Adam (lr 10⁻²), 250 steps.
    /// Tuned on n = N = 64, d = 64, δ = 0.1 (p = 0.05): the mean loss of the singleton strings falls from
    /// 1.00 to 0.117 bits per bit (h(0.05) = 0.286) in 31 s of training on 2 shared CPU cores (the
    /// <c>NspExperimentTests</c> smoke run). d_model 64 memorized no faster per step and cost about three
    /// times as much per step. It memorizes more than it generalizes: on fresh queries its next-bit error is
    /// 0.33 (singleton subpopulations) and 0.22 (m ≥ 2) against 0.055 for an oracle that predicts the centre.
    /// </summary>
    public static SequenceModelOptions Smoke { get; } = new(
        ModelDimension: 32,
        Layers: 2,
        Heads: 4,
        FeedForwardDimension: 128,
        LearningRate: 1e-2,
        Steps: 250,
        BatchSize: null,
        CheckpointEvery: 50,
        InitStandardDeviation: 0.02,
        EmbeddingInitStandardDeviation: 1.0);

    /// <summary>
    /// Paper preset: d_model 256, 4 layers, 8 heads, mini-batches of 256 strings (n is in the hundreds
    /// to thousands), lr 10⁻³; meant for a GPU.
    /// </summary>
    public static SequenceModelOptions Paper { get; } = new(
        ModelDimension: 256,
        Layers: 4,
        Heads: 8,
        FeedForwardDimension: 1024,
        LearningRate: 1e-3,
        Steps: 3000,
        BatchSize: 256,
        CheckpointEvery: 250,
        InitStandardDeviation: 0.02,
        EmbeddingInitStandardDeviation: 1.0);

    /// <summary>The preset of a tier (Tiny uses the smoke preset: its instances are smaller still).</summary>
    public static SequenceModelOptions ForTier(Tier tier) => tier == Tier.Paper ? Paper : Smoke;

    /// <summary>The network's short name, as models and progress lines print it.</summary>
    public string ArchitectureName => Architecture == SequenceArchitecture.PersistentMemory ? "persistent-memory" : "causal-transformer";

    /// <summary>The network and its size in words, for a claim's notes (e.g. "persistent-memory attention, 384 slots").</summary>
    public string Describe() => Architecture == SequenceArchitecture.PersistentMemory
        ? $"persistent-memory attention, {MemorySlots} slots"
        : $"causal Transformer d_model {ModelDimension}, {Layers} layers";

    /// <summary>Throws <see cref="InvalidParameterException"/> naming the first invalid field and how to fix it.</summary>
    public SequenceModelOptions Validate()
    {
        Require(Enum.IsDefined(Architecture), nameof(Architecture), $"must be CausalTransformer or PersistentMemory (got {Architecture})");
        if (Architecture == SequenceArchitecture.PersistentMemory)
        {
            Require(MemorySlots >= 1, nameof(MemorySlots), $"must be ≥ 1 for the persistent-memory network (got {MemorySlots}); n, one slot per training string, is the usual choice");
        }
        Require(ModelDimension >= 1, nameof(ModelDimension), $"must be ≥ 1 (got {ModelDimension})");
        Require(Layers >= 1, nameof(Layers), $"must be ≥ 1 (got {Layers})");
        Require(Heads >= 1 && ModelDimension % Heads == 0, nameof(Heads),
            $"must be ≥ 1 and divide ModelDimension = {ModelDimension} (got {Heads}); choose e.g. Heads = 4 with ModelDimension = 64");
        Require(FeedForwardDimension >= 1, nameof(FeedForwardDimension), $"must be ≥ 1 (got {FeedForwardDimension})");
        Require(LearningRate > 0.0 && double.IsFinite(LearningRate), nameof(LearningRate), $"must be a finite number > 0 (got {LearningRate})");
        Require(Steps >= 0, nameof(Steps), $"must be ≥ 0 (got {Steps})");
        Require(BatchSize is null or >= 1, nameof(BatchSize), $"must be null (full batch) or ≥ 1 (got {BatchSize})");
        Require(CheckpointEvery >= 1, nameof(CheckpointEvery), $"must be ≥ 1 (got {CheckpointEvery}); use Steps to checkpoint only at the end");
        Require(InitStandardDeviation > 0.0 && double.IsFinite(InitStandardDeviation), nameof(InitStandardDeviation),
            $"must be a finite number > 0 (got {InitStandardDeviation}); 0.02 is the usual choice");
        Require(EmbeddingInitStandardDeviation > 0.0 && double.IsFinite(EmbeddingInitStandardDeviation), nameof(EmbeddingInitStandardDeviation),
            $"must be a finite number > 0 (got {EmbeddingInitStandardDeviation}); 1.0 is PyTorch's default for embeddings");
        Require(InputNoiseRate >= 0.0 && InputNoiseRate < 0.5, nameof(InputNoiseRate),
            $"must lie in [0, 0.5) (got {InputNoiseRate}); 0 trains on the strings as they are");
        return this;
    }

    private static void Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            throw new InvalidParameterException(field, $"SequenceModelOptions.{field} {message}.");
        }
    }
}
