namespace Memorization.Learners.Simple;

/// <summary>
/// The exact, CPU-side prediction of an HCL model: the label it outputs for one input. Used to enumerate a
/// model's whole prediction table on tiny instances (docs/bounds.md#exact-information) and exact errors.
/// </summary>
public interface IHclClassifier
{
    /// <summary>The predicted label of <paramref name="x"/> (entries ±1), deterministic.</summary>
    int Predict(ReadOnlySpan<sbyte> x);
}
