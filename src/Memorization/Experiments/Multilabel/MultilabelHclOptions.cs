using Memorization.Learners.Trained;
using Memorization.Tasks;

namespace Memorization.Experiments.Multilabel;

/// <summary>
/// One multilabel HCL experiment (docs/experiments.md#multilabel-hcl-experiment): the task, k, the root seed of every stream,
/// and the multilabel logistic regression's hyperparameters (the published logistic regression's).
/// </summary>
/// <param name="Parameters">n, d, N, ρ, w and the query-set size.</param>
/// <param name="LabelBits">k, the label bits per subpopulation.</param>
/// <param name="RootSeed">The root seed.</param>
/// <param name="LogisticRegression">η, μ and steps (checkpoints are not used: only the final model is measured).</param>
/// <param name="CoordinateAscent">Whether coordinate ascent attacks the singletons too (reported beside the sign attack).</param>
public sealed record MultilabelHclOptions(
    HclParameters Parameters, int LabelBits, ulong RootSeed, LogisticRegressionOptions LogisticRegression, bool CoordinateAscent = true)
{
    /// <summary>Throws when a value cannot run; the message names the parameter and the fix.</summary>
    /// <exception cref="InvalidParameterException">k or a hyperparameter is out of range.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Parameters);
        ArgumentNullException.ThrowIfNull(LogisticRegression);
        HclLabelVectors.CheckLabelBits(LabelBits);
        LogisticRegression.Validate();
    }
}
