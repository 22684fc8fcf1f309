using Memorization.Claims.Measurements;
using Memorization.Claims.Measurements.Hcl;
using Memorization.Claims.Measurements.Nsp;
using Memorization.Claims.Specs;
using Memorization.Claims.Validation;
using Memorization.Configuration;
using Memorization.Tasks;

namespace Memorization.Claims.Presets;

/// <summary>
/// The parameters of both tasks at each <see cref="Tier"/>, for <c>repro tasks</c>, the benchmarks and tests. Smoke and
/// paper are the shared experiments' (<c>claims/experiments/hcl.yaml</c>, <c>nsp.yaml</c>), read by the code their claims
/// run (<see cref="HclExperimentSetup"/>, <see cref="NspExperimentSetup"/>), so a preset cannot drift from what the claims
/// train on; tiny is the enumerable preset of the tasks (<see cref="TinyPresets"/>).
/// </summary>
public sealed class TaskPresets
{
    /// <summary>The shared experiment that defines the HCL presets.</summary>
    public const string HclExperiment = "hcl";

    /// <summary>The shared experiment that defines the NSP presets.</summary>
    public const string NspExperiment = "nsp";

    private readonly IReadOnlyList<ExperimentParseResult> _experiments;

    /// <summary>Presets from parsed experiment files.</summary>
    public TaskPresets(IReadOnlyList<ExperimentParseResult> experiments) => _experiments = experiments;

    /// <summary>Presets from the experiment files of <paramref name="repository"/>.</summary>
    public static TaskPresets Load(ReproRepository repository) => new(repository.LoadExperimentFiles());

    /// <summary>HCL parameters of <paramref name="tier"/>.</summary>
    /// <exception cref="InvalidClaimsException">The experiment file is missing, has problems or lacks the tier (located errors).</exception>
    public HclParameters Hcl(Tier tier) =>
        tier == Tier.Tiny ? TinyPresets.Hcl : HclExperimentSetup.From(CaseOf(HclExperiment, ClaimTask.Hcl, tier)).Parameters;

    /// <summary>
    /// The whole HCL experiment of <paramref name="tier"/> (smoke or paper) as the HCL claims read it — data, models,
    /// schedules, attacks — with the root seed <paramref name="seed"/> (the claims' is 123).
    /// </summary>
    /// <exception cref="InvalidClaimsException">The experiment file is missing, has problems or lacks the tier (located errors).</exception>
    /// <exception cref="ArgumentException"><paramref name="tier"/> is tiny: the tiny preset is a task instance, not an experiment.</exception>
    public HclExperimentSetup HclSetup(Tier tier, ulong seed) =>
        tier == Tier.Tiny
            ? throw new ArgumentException("The tiny tier has no HCL experiment (only an enumerable instance); use smoke or paper.", nameof(tier))
            : HclExperimentSetup.From(CaseOf(HclExperiment, ClaimTask.Hcl, tier)) with { Seed = seed };

    /// <summary>
    /// The NSP experiment every NSP claim of <paramref name="tier"/> runs — data, sequence model, attacks — with the root
    /// seed <paramref name="seed"/> (the claims' is 123).
    /// </summary>
    /// <exception cref="InvalidClaimsException">The experiment file is missing, has problems or lacks the tier (located errors).</exception>
    /// <exception cref="ArgumentException"><paramref name="tier"/> is tiny: the tiny preset is a task instance, not an experiment.</exception>
    public NspExperimentSetup NspSetup(Tier tier, ulong seed) =>
        tier == Tier.Tiny
            ? throw new ArgumentException("The tiny tier has no NSP experiment (only an enumerable instance); use smoke or paper.", nameof(tier))
            : NspExperimentSetup.From(CaseOf(NspExperiment, ClaimTask.Nsp, tier)) with { Seed = seed };

    /// <summary>NSP parameters of <paramref name="tier"/>.</summary>
    /// <exception cref="InvalidClaimsException">The experiment file is missing, has problems or lacks the tier (located errors).</exception>
    public NspParameters Nsp(Tier tier) =>
        tier == Tier.Tiny ? TinyPresets.Nsp : NspExperimentSetup.DataFrom(CaseOf(NspExperiment, ClaimTask.Nsp, tier));

    // The experiment's tier as a claim naming it sees it, so that the claims' own reading (defaults, ρ from rho_a…) applies.
    private ClaimCase CaseOf(string name, ClaimTask task, Tier tier)
    {
        string path = ExperimentFileParser.PathOf(name);
        string tierName = tier.ToString().ToLowerInvariant();
        ExperimentParseResult file = _experiments.FirstOrDefault(e => ExperimentFileParser.NameOf(e.File) == name)
            ?? throw new InvalidClaimsException([new ClaimError(path, 1, 1, "", ClaimErrorCodes.UnknownExperiment,
                $"the {tierName} parameters of {task.ToString().ToUpperInvariant()} are read from {path}, which does not exist.",
                $"Restore {path} (git checkout -- {path}), or give --root the repository's folder.")]);
        ExperimentSpec experiment = file.Spec ?? throw new InvalidClaimsException(file.Errors);
        TierSpec parameters = experiment.FindTier(tier)
            ?? throw new InvalidClaimsException([ClaimError.At(experiment.Location, $"tiers.{tierName}", ClaimErrorCodes.TierWithoutParameters,
                $"experiment {name} defines no {tierName} tier.", $"Add tiers.{tierName}.parameters to {path}.")]);
        var claim = new ClaimSpec($"experiment {name}", experiment.Title, experiment.Title, path, task, 0, [], experiment.Tiers, [], [], experiment.Location)
        {
            Experiment = name,
        };
        return new ClaimCase(claim, parameters, "cpu", 0);
    }
}
