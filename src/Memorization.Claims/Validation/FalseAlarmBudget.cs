using System.Globalization;
using Memorization.Claims.Specs;

namespace Memorization.Claims.Validation;

/// <summary>
/// The suite's false-alarm budget (claims/README.md): by the union bound, the chance that any check of the suite
/// fails although every claim holds and nothing regressed is at most Σ_assertions (1 − confidence) +
/// Σ_tolerances α_tol; it must be ≤ 1%.
/// </summary>
/// <remarks>
/// A baseline tolerance is at least <see cref="ToleranceSigmas"/> standard deviations of the metric's spread over a
/// seed sweep (a run on another CPU acts like another seed). The difference between a fresh run and the recorded one
/// then has standard deviation √2·σ, and under a normal approximation leaves the band with probability
/// α_tol = 2·(1 − Φ(k/√2)) ≈ 7.4·10⁻⁷ for k = 7 (<see cref="ToleranceFalseAlarm"/>).
/// </remarks>
public sealed class FalseAlarmBudget : IClaimValidator
{
    /// <summary>The budget: 1%.</summary>
    public const double Limit = 0.01;

    /// <summary>k: a baseline tolerance is at least k standard deviations of the metric's seed-sweep spread.</summary>
    public const double ToleranceSigmas = 7.0;

    /// <summary>α_tol = 2·(1 − Φ(k/√2)), the normal-approximation false-alarm chance of one tolerance check.</summary>
    public static double ToleranceFalseAlarm { get; } = 2.0 * (1.0 - MathNet.Numerics.Distributions.Normal.CDF(0.0, 1.0, ToleranceSigmas / Math.Sqrt(2.0)));

    /// <summary>Σ (1 − confidence) over every assertion of <paramref name="claims"/>, plus α_tol per baseline tolerance.</summary>
    public static double Spent(IEnumerable<ClaimSpec> claims)
    {
        var list = claims.ToList();
        return AssertionsSpent(list) + (ToleranceChecks(list) * ToleranceFalseAlarm);
    }

    /// <summary>Σ (1 − confidence) over every assertion of <paramref name="claims"/>.</summary>
    public static double AssertionsSpent(IEnumerable<ClaimSpec> claims) => claims.SelectMany(c => c.Assertions).Sum(a => 1.0 - a.Confidence);

    /// <summary>The number of metrics compared with a baseline (those with a tolerance).</summary>
    public static int ToleranceChecks(IEnumerable<ClaimSpec> claims) => claims.SelectMany(c => c.Metrics).Count(m => m.Tolerance is not null);

    /// <inheritdoc />
    public IEnumerable<ClaimError> Validate(ClaimValidationContext context)
    {
        var claims = context.Claims.ToList();
        double spent = Spent(claims);
        if (spent > Limit + 1e-12)
        {
            var worst = claims.OrderByDescending(c => c.Assertions.Sum(a => 1.0 - a.Confidence)).First();
            yield return ClaimError.At(worst.Location, "assertions.confidence", ClaimErrorCodes.FalseAlarmBudget,
                string.Create(CultureInfo.InvariantCulture, $"the suite's assertions spend a false-alarm probability of {spent:P3} (Σ 1 − confidence), over the budget of {Limit:P0}; claim {worst.Id} spends the most."),
                "Raise assertion confidence levels (e.g. 0.999 → 0.9995) so the sum stays within 1%.");
        }
    }
}
