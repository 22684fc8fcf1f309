namespace Memorization.Cli.Commands;

/// <summary>Medians of the process CPU time (all threads) of the pieces of <see cref="HclBenchSummary"/>.</summary>
/// <param name="LrTotalS">Logistic regression, 50 steps, seconds.</param>
/// <param name="MlpStepMs">One MLP update, milliseconds.</param>
/// <param name="SignAttackAllS">Sign attack over all singletons, seconds.</param>
/// <param name="CoordinateAscentAllS">Coordinate ascent over all singletons, seconds.</param>
public sealed record HclBenchCpuTimes(double LrTotalS, double MlpStepMs, double SignAttackAllS, double CoordinateAscentAllS);
