using Memorization.Attacks;
using Memorization.Attacks.Sequence;
using Memorization.Information;

namespace Memorization.Experiments.Nsp;

/// <summary>One attack on one target group at one checkpoint.</summary>
/// <param name="Attack">Which attack.</param>
/// <param name="Group">Which targets.</param>
/// <param name="Scores">Per-target scores (Fano-ready: error fractions and bit counts).</param>
/// <param name="NoiseBitRecovery">Mean noise-bit recovery with its interval; null when no target has a scored noise bit.</param>
/// <param name="BitAccuracy">Mean accuracy on the scored bits with its interval; null when there is no target.</param>
/// <param name="Elapsed">Wall time of the attack on this group's share of the batch (the attack runs once over all groups; its time is split by rows).</param>
public sealed record NspAttackRecord(NspAttackKind Attack, NspTargetGroup Group, ReconstructionScores Scores, MeanInterval? NoiseBitRecovery, MeanInterval? BitAccuracy, TimeSpan Elapsed);
