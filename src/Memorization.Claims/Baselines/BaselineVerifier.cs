using System.Globalization;
using Memorization.Claims.Running;
using Memorization.Claims.Specs;
using Memorization.Configuration;
using Memorization.Devices;

namespace Memorization.Claims.Baselines;

/// <summary>
/// The gate behind <c>repro baseline verify</c>: without measuring anything, checks that the baselines a run at a tier,
/// device and seed would compare with are there, sealed and belong to their claim, tier and device — exactly as the run
/// would look for them (<see cref="ClaimPlanner"/>: a tiny-only claim reads its tiny baseline at every tier, a GPU-only
/// tier is skipped on a CPU, a device without a baseline falls back to the other device's, a run at another seed is not
/// compared) — and that <c>baselines/</c> holds nothing else that could mislead: unused tiers, interrupted writes,
/// folders of claims that no longer exist.
/// </summary>
/// <param name="store">The baselines.</param>
/// <param name="cudaAvailable">Asked only when a GPU-only tier meets <c>--device auto</c>, as by <see cref="ClaimPlanner"/>.</param>
public sealed class BaselineVerifier(BaselineStore store, Func<bool> cudaAvailable)
{
    /// <summary>How skip reasons name the options: as <c>repro</c> options (the CLI) or as MSBuild properties.</summary>
    public HintSyntax Hints { get; init; } = HintSyntax.MSBuild;

    private static readonly string[] TierNames = Enum.GetNames<Tier>().Select(n => n.ToLowerInvariant()).ToArray();
    private static readonly string[] DeviceNames = ["cpu", "cuda"];

    /// <summary>Every finding for <paramref name="claims"/>.</summary>
    /// <param name="claims">The claims to verify.</param>
    /// <param name="tier">The tier runs would use; files of other tiers are verified only when <paramref name="tierGiven"/> is false.</param>
    /// <param name="tierGiven">Whether the tier was asked for (<c>--tier</c>): then only that tier's files are verified.</param>
    /// <param name="device">The device runs would use; <c>cpu</c> or <c>cuda</c> restricts the files verified to that device (and its fallback).</param>
    /// <param name="seed">The seed runs would use (<c>--seed</c>), or null for each claim's own seed.</param>
    /// <param name="everyClaim">Whether <paramref name="claims"/> is the whole suite: then folders of unknown claims are orphans.</param>
    public IReadOnlyList<BaselineFinding> Verify(IReadOnlyList<ClaimSpec> claims, Tier tier, bool tierGiven, DeviceOption device, ulong? seed, bool everyClaim)
    {
        List<BaselineFinding> findings = [];
        foreach (ClaimSpec claim in claims)
        {
            findings.AddRange(VerifyClaim(claim, tier, tierGiven, device, seed));
        }

        if (everyClaim && Directory.Exists(store.Repository.BaselinesDirectory))
        {
            var ids = claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            foreach (string folder in Directory.EnumerateDirectories(store.Repository.BaselinesDirectory).Order(StringComparer.Ordinal))
            {
                string name = Path.GetFileName(folder);
                if (!ids.Contains(name))
                {
                    findings.Add(new(BaselineFindingKind.Orphan, store.Repository.Relative(folder) + "/",
                        $"there is no claim {name} (no claims/{name}.yaml), so no run reads these baselines. Delete the folder, or restore the claim file."));
                }
            }
        }

        return findings;
    }

    private IEnumerable<BaselineFinding> VerifyClaim(ClaimSpec claim, Tier tier, bool tierGiven, DeviceOption device, ulong? seed)
    {
        ClaimPlan plan = ClaimPlanner.Plan(claim, tier, device, cudaAvailable, hints: Hints);
        string runTier = plan.TierName;
        string primary = device == DeviceOption.Cuda ? "cuda" : "cpu";
        string fallback = primary == "cpu" ? "cuda" : "cpu";
        string folder = Path.Combine(store.Repository.BaselinesDirectory, claim.Id);
        string[] entries = Directory.Exists(folder) ? Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray() : [];
        var names = entries.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var defined = claim.Tiers.Select(t => t.Tier.ToString().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

        // The baseline a run would compare with: its own device's, else the other device's (BaselineStore.Compare). A file
        // that is there but broken counts as there: it is reported as invalid below, not as missing.
        string? used = !plan.Runs ? null
            : names.Contains($"{runTier}.{primary}.json") ? primary
            : names.Contains($"{runTier}.{fallback}.json") ? fallback
            : null;

        foreach (string path in entries)
        {
            string name = Path.GetFileName(path);
            string relative = store.Repository.Relative(path);
            if (AtomicFile.IsTemporary(name))
            {
                yield return new(BaselineFindingKind.Debris, relative,
                    "a temporary file left by an interrupted baseline write (the baseline itself is intact). Delete it; the next write of that baseline removes it too (git ignores it).");
                continue;
            }

            if (!name.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            string[] parts = name[..^".json".Length].Split('.');
            if (parts.Length != 2 || !TierNames.Contains(parts[0]) || !DeviceNames.Contains(parts[1]))
            {
                yield return new(BaselineFindingKind.Invalid, relative,
                    $"a baseline is named <tier>.<device>.json with tier {string.Join("|", TierNames)} and device {string.Join("|", DeviceNames)}. Rename or delete it.");
                continue;
            }

            (string fileTier, string fileDevice) = (parts[0], parts[1]);
            bool selected = (!tierGiven || fileTier == runTier) && (device == DeviceOption.Auto || fileDevice == primary || (fileTier == runTier && fileDevice == used));
            if (!selected)
            {
                continue;
            }

            if (!defined.Contains(fileTier))
            {
                yield return new(BaselineFindingKind.Unused, relative,
                    $"claim {claim.Id} defines no {fileTier} tier (it has: {string.Join(", ", defined.Order(StringComparer.Ordinal))}), so no run reads this file. Delete it.");
                continue;
            }

            BaselineFinding finding;
            try
            {
                BaselineDocument? document = store.TryRead(claim.Id, fileTier, fileDevice);
                finding = document is null
                    ? new(BaselineFindingKind.Invalid, relative, "vanished while being verified; run the command again.")
                    : SeedFinding(claim, document, relative, seed, used == fileDevice && fileTier == runTier);
            }
            catch (Exception ex) when (ex is BaselineException or ArgumentException)
            {
                finding = new(BaselineFindingKind.Invalid, relative, ex.Message);
            }

            yield return finding;
        }

        string tierName = tier.ToString().ToLowerInvariant();
        if (!plan.Runs)
        {
            yield return new(BaselineFindingKind.Note, claim.Id, $"not run at tier {tierName} here, so no baseline is needed: {plan.SkipReason}");
        }
        else if (used is null)
        {
            yield return new(BaselineFindingKind.Missing, store.RelativePath(claim.Id, runTier, primary),
                $"a run of {claim.Id} at tier {runTier} on {primary} would find no baseline (nor one recorded on {fallback}) and fail. " +
                $"Create it with {BaselineStore.HowToUpdate(claim.Id, runTier)}.");
        }
        else if (used != primary)
        {
            yield return new(BaselineFindingKind.Note, store.RelativePath(claim.Id, runTier, used),
                $"there is no {primary} baseline, so a run on {primary} is compared with this one, recorded on {used} (and says so).");
        }
    }

    private static BaselineFinding SeedFinding(ClaimSpec claim, BaselineDocument document, string relative, ulong? seed, bool usedByRun)
    {
        string recorded = document.Seed.ToString(CultureInfo.InvariantCulture);
        if (document.Seed != claim.Seed)
        {
            return new(BaselineFindingKind.Stale, relative,
                $"recorded at seed {recorded}, but claim {claim.Id}'s seed is {claim.Seed}: runs at the claim's seed are never compared with it. " +
                $"Re-record it: {BaselineStore.HowToUpdate(claim.Id, document.Tier)}.");
        }

        if (seed is { } asked && asked != document.Seed && usedByRun)
        {
            return new(BaselineFindingKind.Ok, relative,
                $"sealed, recorded at seed {recorded} on {document.Provenance.Device}; a run at --seed {asked} is not compared with it (runs at other seeds never are).");
        }

        return new(BaselineFindingKind.Ok, relative, $"sealed, recorded at seed {recorded} on {document.Provenance.Device}.");
    }
}
