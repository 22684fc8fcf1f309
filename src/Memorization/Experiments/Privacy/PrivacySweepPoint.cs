using Memorization.Attacks;

namespace Memorization.Experiments.Privacy;

/// <summary>One point of the DP sweep: a model trained with DP-SGD at one ε (or without noise), its errors and the sign attack's recovery.</summary>
/// <param name="Epsilon">The target ε (∞ for the noiseless reference).</param>
/// <param name="Achieved">The accountant's ε at the calibrated σ (≤ <paramref name="Epsilon"/>).</param>
/// <param name="NoiseMultiplier">σ (0 for the reference).</param>
/// <param name="TrainMistakes">Per-example mistakes on the training set.</param>
/// <param name="RepresentedMistakes">Per-query mistakes on fresh examples of represented subpopulations.</param>
/// <param name="WellRepresentedMistakes">The represented queries' mistakes restricted to subpopulations with ≥ 2 training examples.</param>
/// <param name="SingletonMistakes">Per-query mistakes on fresh examples of singleton subpopulations.</param>
/// <param name="Targets">The sign attack's reconstructions of the singleton labels vs the singleton training examples.</param>
/// <param name="FreshControls">The same reconstructions vs fresh examples of the same subpopulations (control: 1/2 on irrelevant bits).</param>
/// <param name="Elapsed">Wall time of training, evaluation and attack.</param>
public sealed record PrivacySweepPoint(
    double Epsilon,
    double Achieved,
    double NoiseMultiplier,
    bool[] TrainMistakes,
    bool[] RepresentedMistakes,
    bool[] WellRepresentedMistakes,
    bool[] SingletonMistakes,
    RecoveryMeasurement Targets,
    RecoveryMeasurement FreshControls,
    TimeSpan Elapsed);
