using Memorization.Attacks;
using Memorization.Experiments.Privacy;
using Memorization.Information;

namespace Memorization.Tests.Claims;

/// <summary>
/// A DP-SGD sweep without training: ε = 0.5, 2, 8 and the noiseless reference (ε = ∞, σ = 0), with singleton error
/// falling and irrelevant-bit recovery of training singletons rising as ε grows while the fresh controls stay at 1/2,
/// for the logistic regression and (a little behind it) the MLP; and the forgetful learner's singleton mistakes. For
/// tests of figure series.
/// </summary>
internal static class FakePrivacySweep
{
    private const int Queries = 20;
    private static readonly double[] Epsilons = [0.5, 2, 8, double.PositiveInfinity];

    public static IReadOnlyList<PrivacySweepPoint> LogisticRegression() => Sweep(lag: 0);

    public static IReadOnlyList<PrivacySweepPoint> Mlp() => Sweep(lag: 0.1);

    public static bool[] Forgetful() => Mistakes(0.5);

    private static PrivacySweepPoint[] Sweep(double lag) => Epsilons.Select((epsilon, i) =>
    {
        // How much of the noiseless model the budget allows: 0 at the smallest ε, 1 without noise.
        double reach = Math.Max(0, i / (double)(Epsilons.Length - 1) - lag);
        double sigma = double.IsPositiveInfinity(epsilon) ? 0 : 4 / epsilon;
        return new PrivacySweepPoint(epsilon, epsilon * 0.98, sigma, Mistakes(0.4 - 0.4 * reach), Mistakes(0.4 - 0.3 * reach),
            Mistakes(0.35 - 0.3 * reach), Mistakes(0.5 - 0.35 * reach), Recovery(0.5 + 0.4 * reach), Recovery(0.5), TimeSpan.FromSeconds(1));
    }).ToArray();

    // Per-example recovery of six examples around `mean`.
    private static RecoveryMeasurement Recovery(double mean)
    {
        double[] irrelevant = Enumerable.Range(0, 6).Select(i => Math.Min(1.0, mean + 0.02 * (i % 3) - 0.02)).ToArray();
        double[] all = irrelevant.Select(r => (r + 1) / 2).ToArray();
        return new RecoveryMeasurement(all, irrelevant, MeanInterval.StudentT(all, 0.95), MeanInterval.StudentT(irrelevant, 0.95), 4L * irrelevant.Length);
    }

    // The first round(rate · queries) queries wrong.
    private static bool[] Mistakes(double rate) => Enumerable.Range(0, Queries).Select(i => i < (int)Math.Round(rate * Queries)).ToArray();
}
