using System.Globalization;
using Memorization.Claims.Specs;

namespace Memorization.Claims.Validation;

/// <summary>
/// The suite's false-alarm budget (claims/README.md): by the union bound, the chance that any assertion of
/// the suite fails although every claim holds is at most Σ_assertions (1 − confidence); it must be ≤ 1%.
/// </summary>
public sealed class FalseAlarmBudget : IClaimValidator
{
    /// <summary>The budget: 1%.</summary>
    public const double Limit = 0.01;

    /// <summary>Σ (1 − confidence) over every assertion of <paramref name="claims"/>.</summary>
    public static double Spent(IEnumerable<ClaimSpec> claims) => claims.SelectMany(c => c.Assertions).Sum(a => 1.0 - a.Confidence);

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
