using System.Text.RegularExpressions;

namespace Memorization.Claims.Validation;

/// <summary>
/// REPRO007: the id must match <c>^[A-Z][A-Z0-9-]*$</c> (so it can never name a path outside claims/ or
/// baselines/) and equal the file name without <c>.yaml</c>. REPRO004: ids are unique.
/// </summary>
public sealed partial class ClaimIdValidator : IClaimValidator
{
    /// <summary>Whether <paramref name="id"/> is a safe claim id.</summary>
    public static bool IsSafeId(string id) => SafeId().IsMatch(id);

    /// <inheritdoc />
    public IEnumerable<ClaimError> Validate(ClaimValidationContext context)
    {
        foreach (var claim in context.Claims)
        {
            string expected = Path.GetFileNameWithoutExtension(claim.Location.File);
            if (!IsSafeId(claim.Id))
            {
                yield return ClaimError.At(claim.Location, "id", ClaimErrorCodes.BadId,
                    $"id '{claim.Id}' is not a claim id: it must match ^[A-Z][A-Z0-9-]*$ (upper-case letters, digits, '-'), so that it names no path outside claims/ or baselines/.",
                    "Use an id such as RECON-LR, and name the file claims/RECON-LR.yaml.");
            }
            else if (claim.Id != expected)
            {
                yield return ClaimError.At(claim.Location, "id", ClaimErrorCodes.BadId,
                    $"id '{claim.Id}' differs from the file name '{expected}'.",
                    $"Rename the file to claims/{claim.Id}.yaml or set id: {expected}.");
            }
        }

        foreach (var group in context.Claims.GroupBy(c => c.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var all = group.ToList();
            foreach (var duplicate in all.Skip(1))
            {
                yield return ClaimError.At(duplicate.Location, "id", ClaimErrorCodes.DuplicateId,
                    $"duplicate claim id '{duplicate.Id}': {all[0].Location.File} declares it too.",
                    "Give each claim its own id (ids are compared ignoring case).");
            }
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9-]*$")]
    private static partial Regex SafeId();
}
