namespace Memorization.Learners;

/// <summary>
/// What every model of the suite reports, trained or not: a name for reports, and its size, which the
/// SIZE claim compares with the information the model must hold.
/// </summary>
public interface IModel
{
    /// <summary>A short name for reports, e.g. <c>bayes-optimal</c>, <c>logistic-regression</c>.</summary>
    string Name { get; }

    /// <summary>The size of the model in bits as stored (for a network: parameters × bits per parameter;
    /// for a learner that keeps its training set: the bits of that set).</summary>
    long ParameterBits { get; }
}
