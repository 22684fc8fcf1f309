using Memorization.Claims.Files;
using Memorization.Claims.Validation;

namespace Memorization.Claims.Specs;

/// <summary>
/// Reads one <c>claims/*.yaml</c> through <see cref="GuardedFile"/> and parses it: a file that is not a regular file
/// inside the repository (REPRO017) or is over <see cref="ClaimFileLimits.MaxBytes"/> (REPRO018) becomes a located
/// error instead of a hang, a crash or a copy into the report.
/// </summary>
public static class ClaimFileLoader
{
    /// <summary>The parse result of <paramref name="path"/>, a file under <paramref name="repository"/>'s <c>claims/</c>.</summary>
    public static ClaimParseResult Load(ReproRepository repository, string path)
    {
        string relative = repository.Relative(path);
        GuardedText read = GuardedFile.ReadText(path, relative, repository.Root, ClaimFileLimits.MaxBytes, "claim file");
        if (read.Refusal is { } refusal)
        {
            string code = refusal.Reason == FileRefusalReason.TooLarge ? ClaimErrorCodes.FileTooLarge : ClaimErrorCodes.NotARegularFile;
            return new ClaimParseResult(relative, null, [new ClaimError(relative, 1, 1, "", code, refusal.Message, refusal.Fix)]);
        }

        return ClaimFileParser.Parse(relative, read.Text!);
    }
}
