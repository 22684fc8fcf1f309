namespace Memorization.Learners.Simple;

/// <summary>
/// The exact, CPU-side prediction of an NSP model for one string: Pr[z_t = 1 | z_&lt;t] for every t (column t must not
/// depend on bits t.. of <c>z</c>). Used for enumeration on tiny instances. The predicted bit is 1 iff the
/// probability exceeds ½ (ties predict 0).
/// </summary>
public interface INspPredictor
{
    /// <summary>Writes Pr[z_t = 1 | z_&lt;t] for t = 0..d−1 into <paramref name="probabilities"/>.</summary>
    void Probabilities(ReadOnlySpan<byte> z, Span<double> probabilities);
}
