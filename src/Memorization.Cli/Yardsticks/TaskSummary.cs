using Memorization.Information;
using Memorization.Evaluation;

namespace Memorization.Cli.Yardsticks;

/// <summary>What <see cref="TaskReport"/> says about one task.</summary>
/// <param name="Task">"HCL" or "NSP".</param>
/// <param name="Parameters">The parameters, in words.</param>
/// <param name="SingletonFraction">Observed fraction of training examples that are singletons.</param>
/// <param name="SingletonInterval">Clopper–Pearson interval of the observed fraction (treating examples as trials; an approximation since they are dependent).</param>
/// <param name="ExpectedSingletonFraction">Σ_j w_j (1 − w_j)^(n−1).</param>
/// <param name="Splits">Errors on the fresh, represented and singleton splits.</param>
/// <param name="Exact">Exact information of the Bayes-optimal and forgetful learners over tiny instances (tiny tier only).</param>
public sealed record TaskSummary(
    string Task,
    string Parameters,
    double SingletonFraction,
    (double Lower, double Upper) SingletonInterval,
    double ExpectedSingletonFraction,
    IReadOnlyList<SplitErrors> Splits,
    IReadOnlyList<ExactInformationSummary> Exact);
