using Memorization.Claims.Specs;

namespace Memorization.Claims.Validation;

/// <summary>
/// REPRO002 / REPRO020: every known tier parameter (<see cref="ParameterRanges"/>) has its type and lies in its range,
/// at every tier, located at the parameter's own line. Before this check <c>n: -500</c> and <c>replicates: 0</c>
/// passed the build and failed only at run time, located at the tier. A shared experiment's parameters are checked at
/// the experiment file whether or not a claim names it; a claim naming it holds the same located values, so its errors
/// are the same values, reported once (<see cref="ClaimValidation.Validate"/> keeps distinct errors).
/// </summary>
public sealed class ParameterRangeValidator : IClaimValidator
{
    /// <inheritdoc />
    public IEnumerable<ClaimError> Validate(ClaimValidationContext context)
    {
        IEnumerable<IReadOnlyList<TierSpec>> tierLists = context.Experiments.Where(e => e.Spec is not null).Select(e => e.Spec!.Tiers)
            .Concat(context.Claims.Select(c => c.Tiers));
        foreach (var tiers in tierLists)
        {
            foreach (var tier in tiers)
            {
                string tierName = tier.Tier.ToString().ToLowerInvariant();
                foreach (var parameter in tier.Parameters)
                {
                    if (ParameterRanges.Find(parameter.Name) is not { } range)
                    {
                        continue;
                    }

                    string field = $"tiers.{tierName}.parameters.{parameter.Name}";
                    string fix = $"Write {range.Describe()}, e.g. {parameter.Name}: {range.Example}.";
                    if (!range.TryRead(parameter.Text, out double value))
                    {
                        yield return ClaimError.At(parameter.Location, field, ClaimErrorCodes.WrongType,
                            $"{field} = '{parameter.Text}' must be {range.Describe()} ({parameter.Name}: {range.Meaning}).", fix);
                    }
                    else if (!range.Contains(value))
                    {
                        yield return ClaimError.At(parameter.Location, field, ClaimErrorCodes.ParameterOutOfRange,
                            $"{field} = {parameter.Text} is out of range: {parameter.Name} ({range.Meaning}) must be {range.Describe()}.", fix);
                    }
                }
            }
        }
    }
}
