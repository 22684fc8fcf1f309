using Memorization.Experiments;

namespace Memorization.Claims.Measurements;

/// <summary>
/// Passes an experiment's progress (fraction and what it is doing) on to a claim's progress, scaled into the claim's
/// share. Measurements receive a plain <see cref="IProgress{T}"/> of double; when the listener also takes
/// <see cref="ExperimentProgress"/> (the <c>repro run</c> display), it gets the stage text too, else only the fraction.
/// </summary>
public static class ProgressStages
{
    /// <summary>A listener for an experiment that covers [<paramref name="from"/>, <paramref name="from"/> + <paramref name="width"/>] of <paramref name="progress"/>; null when nobody listens.</summary>
    public static IProgress<ExperimentProgress>? Within(IProgress<double>? progress, double from, double width) =>
        progress is null ? null : new Scaled(progress, from, width);

    private sealed class Scaled(IProgress<double> outer, double from, double width) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value)
        {
            double fraction = from + width * Math.Clamp(value.Fraction, 0.0, 1.0);
            if (outer is IProgress<ExperimentProgress> staged)
            {
                staged.Report(value with { Fraction = fraction });
            }
            else
            {
                outer.Report(fraction);
            }
        }
    }
}
