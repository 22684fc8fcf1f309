namespace Memorization.Experiments.Nsp;

/// <summary>The attacks of the NSP experiment.</summary>
public enum NspAttackKind
{
    /// <summary><see cref="Attacks.Sequence.PrefixExtractionAttack"/>: prompt with k bits, decode greedily.</summary>
    PrefixExtraction,

    /// <summary><see cref="Attacks.Sequence.SequenceInformedAttack"/>: average over fresh probes of the subpopulation.</summary>
    Informed,
}
