namespace Memorization.Information;

/// <summary>
/// A lower <b>bound</b> on the information I(X;M|P) that a model holds about its training set, from a
/// reconstruction attack (docs/bounds.md#fano-bound): I(X;M|P) ≥ max(0, B·(H_bit − h(min(ē⁺, ½)))). It is not the information
/// itself, only what one attack proves.
/// </summary>
/// <param name="Bits">The bound in bits, ≥ 0.</param>
/// <param name="FractionOfTrainingBits">Bits / (n·d).</param>
/// <param name="Confidence">The level at which ē⁺ bounds the true mean bit error (1 when ē⁺ is an exact expectation).</param>
/// <param name="BitCount">B: the attacked bits (HCL: unfixed bits of the attacked singletons; NSP: all their bits).</param>
/// <param name="BitEntropy">H_bit: the entropy of one attacked bit given P and J (HCL 1, NSP h(p)).</param>
/// <param name="MeanError">ē: the bit-weighted mean error of the attack over the B bits.</param>
/// <param name="MeanErrorUpper">ē⁺: the upper confidence bound on ē that the bound uses.</param>
/// <param name="ExampleCount">The number of attacked examples.</param>
/// <param name="TrainingBits">n·d, the denominator of <see cref="FractionOfTrainingBits"/>.</param>
/// <param name="Method">How ē⁺ was obtained, in words.</param>
public sealed partial record FanoBound(
    double Bits,
    double FractionOfTrainingBits,
    double Confidence,
    long BitCount,
    double BitEntropy,
    double MeanError,
    double MeanErrorUpper,
    int ExampleCount,
    long TrainingBits,
    string Method);
