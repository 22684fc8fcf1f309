using Memorization.Claims.Baselines;
using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Hcl;
using Memorization.Claims.Measurements.Multilabel;
using Memorization.Claims.Measurements.Nsp;
using Memorization.Claims.Running;
using Memorization.Claims.Specs;
using Memorization.Claims.Validation;
using Memorization.Configuration;
using Memorization.Devices;

namespace Memorization.Claims;

/// <summary>
/// The suite as the claim tests and <c>repro</c> see it: the claim files of one repository, validated as a
/// whole before anything runs, and the thin path claim → plan → device → <see cref="ClaimRunner"/> → result file.
/// </summary>
public sealed class ClaimSuite
{
    private readonly Func<DeviceOption, ResolvedDevice> _resolve;

    /// <summary>Loads and validates every claim file of <paramref name="repository"/>.</summary>
    /// <param name="repository">Where claims/, baselines/ and artifacts/ are.</param>
    /// <param name="measurements">The measurement catalogue (tests pass fakes).</param>
    /// <param name="resolveDevice">Device resolution; default <see cref="TorchDevices.Resolve"/>.</param>
    public ClaimSuite(ReproRepository repository, ClaimMeasurementCatalog measurements, Func<DeviceOption, ResolvedDevice>? resolveDevice = null)
    {
        Repository = repository;
        Measurements = measurements;
        _resolve = resolveDevice ?? TorchDevices.Resolve;
        Experiments = repository.LoadExperimentFiles();
        Files = repository.LoadClaimFiles(Experiments);
        Errors = ClaimValidation.Validate(Files, measurements, Experiments);
        Claims = Files.Where(f => f.Spec is not null).Select(f => f.Spec!).OrderBy(c => c.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The repository.</summary>
    public ReproRepository Repository { get; }

    /// <summary>The measurement catalogue.</summary>
    public ClaimMeasurementCatalog Measurements { get; }

    /// <summary>How skip reasons name options: MSBuild properties (default, <c>dotnet test</c>) or <c>repro</c> options.</summary>
    public HintSyntax Hints { get; init; } = HintSyntax.MSBuild;

    /// <summary>Every shared experiment file's parse result (<c>claims/experiments/*.yaml</c>).</summary>
    public IReadOnlyList<ExperimentParseResult> Experiments { get; }

    /// <summary>Every claim file's parse result.</summary>
    public IReadOnlyList<ClaimParseResult> Files { get; }

    /// <summary>Every validation problem (empty when the claims are sound).</summary>
    public IReadOnlyList<ClaimError> Errors { get; }

    /// <summary>The claims that parsed, by id.</summary>
    public IReadOnlyList<ClaimSpec> Claims { get; }

    /// <summary>Throws <see cref="InvalidClaimsException"/> when any claim file has a problem.</summary>
    public void EnsureValid()
    {
        if (Errors.Count > 0)
        {
            throw new InvalidClaimsException(Errors);
        }
    }

    /// <summary>The claim <paramref name="id"/>.</summary>
    /// <exception cref="UnknownClaimException">No such claim (or not a claim id); the message lists the valid ids.</exception>
    public ClaimSpec Find(string id)
    {
        if (!ClaimIdValidator.IsSafeId(id))
        {
            throw new UnknownClaimException(
                $"'{id}' is not a claim id: ids match ^[A-Z][A-Z0-9-]*$ and never name a path (no '/', '\\', '.' or '..'). Valid ids: {ValidIds()}.");
        }

        return Claims.FirstOrDefault(c => c.Id == id)
               ?? throw new UnknownClaimException($"unknown claim '{id}'. Valid ids: {ValidIds()}.");
    }

    /// <summary>Plans, resolves the device, measures, compares with the baseline and writes the result file.</summary>
    /// <remarks><c>allowGpuTiersOnCpu</c> runs a <c>gpu: true</c> tier on the CPU instead of skipping it (<see cref="ClaimPlanner"/>).</remarks>
    public ClaimResult Run(ClaimSpec claim, Tier tier, DeviceOption device, ulong? seed, bool updateBaselines, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default, bool allowGpuTiersOnCpu = false)
    {
        EnsureValid();
        ulong rootSeed = seed ?? claim.Seed;
        ClaimPlan plan = ClaimPlanner.Plan(claim, tier, device, () => _resolve(DeviceOption.Auto).Kind == DeviceOption.Cuda, allowGpuTiersOnCpu, Hints);
        ClaimResult result;
        if (!plan.Runs)
        {
            result = ClaimRunner.Skipped(plan, device == DeviceOption.Cuda ? "cuda" : "cpu", rootSeed);
        }
        else
        {
            ResolvedDevice? resolved = null;
            string? failure = null;
            try
            {
                resolved = _resolve(device);
            }
            catch (DeviceUnavailableException ex)
            {
                failure = ex.Message;
            }

            if (resolved is null)
            {
                result = ClaimRunner.Errored(claim, plan.TierName, device == DeviceOption.Cuda ? "cuda" : "cpu", rootSeed, failure!);
            }
            else
            {
                var measurement = Measurements.Find(claim.Id)!;
                var claimCase = new ClaimCase(claim, plan.Tier!, resolved.Name, rootSeed, resolved);
                result = new ClaimRunner(new BaselineStore(Repository), updateBaselines).Run(claimCase, measurement, progress, cancellationToken);
            }
        }

        new ResultStore(Repository).Write(result, claim.Seed);
        return result;
    }

    /// <summary>
    /// Forgets the experiments that claims share within a process (<see cref="HclExperimentCache"/>,
    /// <see cref="NspExperimentCache"/>, <see cref="MultilabelExperimentCache"/>). Their keys carry the seed, so another seed retrains anyway;
    /// a seed sweep calls this between seeds so that memory holds one seed's models and data, not all of them.
    /// The caches are process-wide: do not call this while another thread runs claims.
    /// </summary>
    public static void ReleaseSharedRuns()
    {
        HclExperimentCache.Clear();
        NspExperimentCache.Clear();
        MultilabelExperimentCache.Clear();
    }

    private string ValidIds() => Claims.Count == 0 ? "(none: claims/ is empty)" : string.Join(", ", Claims.Select(c => c.Id));
}
