namespace Memorization.Learners.Sequence;

/// <summary>The network of a <see cref="SequenceModel"/> (docs/experiments.md#nsp-learners).</summary>
public enum SequenceArchitecture
{
    /// <summary>A pre-LayerNorm causal Transformer decoder over the bits (<see cref="CausalTransformer"/>).</summary>
    CausalTransformer,

    /// <summary>One causal attention layer whose keys and values are learned memory slots (<see cref="PersistentMemoryNetwork"/>).</summary>
    PersistentMemory,
}
