namespace Memorization.Experiments.Size;

/// <summary>
/// One model of the SIZE sweep: its size and what it costs in accuracy and what its attack proves it holds.
/// </summary>
/// <param name="Family">The compression family: <c>full</c>, <c>quantised</c>, <c>pruned</c>, <c>row-sign</c>, <c>factorised</c>,
/// <c>low-rank-scratch</c> or <c>narrow-mlp</c>.</param>
/// <param name="Label">A short unique label, e.g. <c>quantised-2bit</c>.</param>
/// <param name="Setting">The family's budget knob (bits per weight, kept fraction, rank, width; 32 for the full model).</param>
/// <param name="Bits">The model's size in bits (<see cref="Learners.IModel.ParameterBits"/>).</param>
/// <param name="RepresentedMistakes">Mistakes on the represented test queries (subpopulations with ≥ 1 training example).</param>
/// <param name="WellRepresentedMistakes">The same restricted to subpopulations with ≥ 2 training examples.</param>
/// <param name="SingletonMistakes">Mistakes on the singleton test queries.</param>
/// <param name="IrrelevantRecovery">Per singleton training example, the sign attack's match rate on its unfixed bits.</param>
public sealed record SizePoint(
    string Family,
    string Label,
    double Setting,
    long Bits,
    IReadOnlyList<bool> RepresentedMistakes,
    IReadOnlyList<bool> WellRepresentedMistakes,
    IReadOnlyList<bool> SingletonMistakes,
    IReadOnlyList<double> IrrelevantRecovery)
{
    /// <summary>The point estimate of an error rate.</summary>
    public static double Rate(IReadOnlyList<bool> mistakes) => mistakes.Count == 0 ? double.NaN : mistakes.Count(m => m) / (double)mistakes.Count;
}
