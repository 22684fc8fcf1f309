using Memorization.Claims.Files;
using Memorization.Claims.Validation;

namespace Memorization.Claims.Specs;

/// <summary>
/// Reads one <c>claims/*.yaml</c> (or <c>claims/experiments/*.yaml</c>) through <see cref="GuardedFile"/> and parses it: a
/// file that is not a regular file inside the repository (REPRO017) or is over <see cref="ClaimFileLimits.MaxBytes"/>
/// (REPRO018) becomes a located error instead of a hang, a crash or a copy into the report.
/// </summary>
public static class ClaimFileLoader
{
    /// <summary>The parse result of <paramref name="path"/>, a file under <paramref name="repository"/>'s <c>claims/</c>.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="path">The claim file.</param>
    /// <param name="experiments">The shared experiment files the claim may name (<see cref="LoadExperiment"/>); none when null.</param>
    public static ClaimParseResult Load(ReproRepository repository, string path, IReadOnlyList<ExperimentParseResult>? experiments = null)
    {
        (string relative, string? text, ClaimError? refused) = Read(repository, path, "claim file");
        return text is null ? new ClaimParseResult(relative, null, [refused!]) : ClaimFileParser.Parse(relative, text, experiments);
    }

    /// <summary>The parse result of <paramref name="path"/>, a file under <paramref name="repository"/>'s <c>claims/experiments/</c>.</summary>
    public static ExperimentParseResult LoadExperiment(ReproRepository repository, string path)
    {
        (string relative, string? text, ClaimError? refused) = Read(repository, path, "experiment file");
        return text is null ? new ExperimentParseResult(relative, null, [refused!]) : ExperimentFileParser.Parse(relative, text);
    }

    private static (string Relative, string? Text, ClaimError? Refused) Read(ReproRepository repository, string path, string kind)
    {
        string relative = repository.Relative(path);
        GuardedText read = GuardedFile.ReadText(path, relative, repository.Root, ClaimFileLimits.MaxBytes, kind);
        if (read.Refusal is { } refusal)
        {
            string code = refusal.Reason == FileRefusalReason.TooLarge ? ClaimErrorCodes.FileTooLarge : ClaimErrorCodes.NotARegularFile;
            return (relative, null, new ClaimError(relative, 1, 1, "", code, refusal.Message, refusal.Fix));
        }

        return (relative, read.Text!, null);
    }
}
