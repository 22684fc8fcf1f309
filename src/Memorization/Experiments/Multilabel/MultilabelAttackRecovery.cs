using Memorization.Attacks;

namespace Memorization.Experiments.Multilabel;

/// <summary>One attack on every singleton of the multilabel logistic regression (final model).</summary>
/// <param name="Attack">The attack's name (<c>sign</c>, <c>coordinate-ascent</c>).</param>
/// <param name="Targets">Reconstructions against the singleton training examples (all bits and the unfixed ones).</param>
/// <param name="FreshControls">The same reconstructions against a fresh example of each singleton's subpopulation (control: 1/2 on unfixed bits).</param>
/// <param name="Elapsed">Wall time of the attack.</param>
public sealed record MultilabelAttackRecovery(string Attack, RecoveryMeasurement Targets, RecoveryMeasurement FreshControls, TimeSpan Elapsed);
