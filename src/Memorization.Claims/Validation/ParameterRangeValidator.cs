namespace Memorization.Claims.Validation;

/// <summary>
/// REPRO002 / REPRO020: every known tier parameter (<see cref="ParameterRanges"/>) has its type and lies in its range,
/// at every tier, located at the parameter's own line. Before this check <c>n: -500</c> and <c>replicates: 0</c>
/// passed the build and failed only at run time, located at the tier.
/// </summary>
public sealed class ParameterRangeValidator : IClaimValidator
{
    /// <inheritdoc />
    public IEnumerable<ClaimError> Validate(ClaimValidationContext context)
    {
        foreach (var claim in context.Claims)
        {
            foreach (var tier in claim.Tiers)
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
