namespace Memorization.Cli.Json;

/// <summary><c>repro audit --json</c>: one entry per audited claim and seed, and the tally of outcomes.</summary>
/// <param name="Tier">The tier asked for.</param>
/// <param name="Device">The device asked for.</param>
/// <param name="Runs">One entry per claim and seed.</param>
/// <param name="Counts">Outcome (identical, different, error, skipped; bitwise, within, outside for variants) → count.</param>
/// <param name="ExitCode">The command's exit code.</param>
public sealed record AuditJson(string Tier, string Device, IReadOnlyList<AuditedRunJson> Runs, IReadOnlyDictionary<string, int> Counts, int ExitCode);

/// <summary>One claim at one seed: the outcome of the repeat, with detail, and each variant's comparison.</summary>
public sealed record AuditedRunJson(string Claim, ulong? Seed, string Outcome, string Detail, IReadOnlyList<AuditVariantJson> Variants);

/// <summary>A variant run (other thread count or instruction set) against the reference run.</summary>
public sealed record AuditVariantJson(string Variant, string Outcome, string Detail);
