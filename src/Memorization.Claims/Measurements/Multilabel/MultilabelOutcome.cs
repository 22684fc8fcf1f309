using Memorization.Experiments.Multilabel;

namespace Memorization.Claims.Measurements.Multilabel;

/// <summary>One multilabel HCL run with the setup that made it and its wall time (shared by every ML-* claim).</summary>
/// <param name="Setup">What was run.</param>
/// <param name="Result">What it measured.</param>
/// <param name="RunTime">Wall time of the whole run.</param>
public sealed record MultilabelOutcome(MultilabelSetup Setup, MultilabelHclResult Result, TimeSpan RunTime);
