using System.Globalization;
using Memorization.Claims.Presets;
using Memorization.Claims.Specs;
using Memorization.Cli.Yardsticks;
using Memorization.Configuration;
using Memorization.Tasks;

namespace Memorization.Cli.Commands;

/// <summary>One task instance <c>repro tasks</c> reports on, and where its values came from (null: the tier's preset as it is).</summary>
/// <param name="Hcl">HCL's parameters, or null when HCL is not reported.</param>
/// <param name="HclSources">Where HCL's values came from, in words; null when all are the preset's.</param>
/// <param name="Nsp">NSP's parameters, or null when NSP is not reported.</param>
/// <param name="NspSources">Where NSP's values came from, in words; null when all are the preset's.</param>
public sealed record TaskInstances(HclParameters? Hcl, string? HclSources, NspParameters? Nsp, string? NspSources);

/// <summary>
/// Turns the options of <c>repro tasks</c> into task instances: which task (<c>--task</c>, or the one an option belongs
/// to), and each value from its option or, when missing, from the tier's preset. Every impossible value becomes an
/// <see cref="InvalidOptionException"/> naming the option and the fix (exit 2), before any data is generated.
/// </summary>
public static class TaskInstanceOptions
{
    private enum TaskChoice
    {
        Hcl,
        Nsp,
    }

    /// <summary>The instances <paramref name="settings"/> ask for at <paramref name="tier"/>.</summary>
    /// <param name="settings">The command's options.</param>
    /// <param name="tier">The tier whose preset fills the missing values.</param>
    /// <param name="presets">The presets (read only when a value is missing).</param>
    /// <exception cref="InvalidOptionException">A bad or contradictory option, or an instance above <see cref="InstanceMemory.LimitBytes"/>.</exception>
    public static TaskInstances Resolve(TasksSettings settings, Tier tier, Func<TaskPresets> presets)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(presets);
        (bool hcl, bool nsp) = Select(settings);
        if (!settings.DescribesInstance)
        {
            TaskPresets loaded = presets();
            return new TaskInstances(hcl ? loaded.Hcl(tier) : null, null, nsp ? loaded.Nsp(tier) : null, null);
        }
        return hcl && nsp
            ? new TaskInstances(HclFrom(settings, tier, presets, out string hs), hs, NspFrom(settings, tier, presets, out string ns), ns)
            : hcl
                ? new TaskInstances(HclFrom(settings, tier, presets, out string h), h, null, null)
                : new TaskInstances(null, null, NspFrom(settings, tier, presets, out string n), n);
    }

    // --task, or the task the task-specific options belong to; contradictions are usage errors.
    private static (bool Hcl, bool Nsp) Select(TasksSettings s)
    {
        string? hclOnly = s.Rho is not null ? "--rho" : s.RhoA is not null ? "--rho-a" : null;
        string? nspOnly = s.Delta is not null ? "--delta" : null;
        if (s.Rho is not null && s.RhoA is not null)
        {
            throw new InvalidOptionException("--rho", "--rho and --rho-a both set ρ; give one: --rho for ρ itself, or --rho-a for the published formula's constant a.");
        }
        if (s.Task is null)
        {
            if (hclOnly is not null && nspOnly is not null)
            {
                throw new InvalidOptionException("--task",
                    $"{nspOnly} is an NSP option and {hclOnly} an HCL option; report one task at a time: --task nsp with {nspOnly}, or --task hcl with {hclOnly}.");
            }
            return (nspOnly is null, hclOnly is null);
        }
        TaskChoice task = OptionParser.Parse<TaskChoice>(s.Task, "--task");
        if (task == TaskChoice.Hcl && nspOnly is not null)
        {
            throw new InvalidOptionException(nspOnly, $"{nspOnly} is an NSP option but --task is hcl; drop {nspOnly}, or use --task nsp.");
        }
        if (task == TaskChoice.Nsp && hclOnly is not null)
        {
            throw new InvalidOptionException(hclOnly, $"{hclOnly} is an HCL option but --task is nsp; drop {hclOnly}, or use --task hcl.");
        }
        return (task == TaskChoice.Hcl, task == TaskChoice.Nsp);
    }

    private static HclParameters HclFrom(TasksSettings s, Tier tier, Func<TaskPresets> presets, out string sources)
    {
        // The preset is read only when a value is missing (ρ included), so a fully specified instance needs no experiment file.
        bool complete = s is { TrainingSize: not null, Dimension: not null, Subpopulations: not null, TestSize: not null } && (s.Rho ?? s.RhoA) is not null;
        HclParameters? preset = complete ? null : presets().Hcl(tier);
        int n = s.TrainingSize ?? preset!.TrainingSize;
        int d = s.Dimension ?? preset!.Dimension;
        int subpopulations = s.Subpopulations ?? preset!.Subpopulations;
        int testSize = s.TestSize ?? preset!.TestSize;
        CheckMemory("HCL", s, InstanceMemory.Hcl(n, d, subpopulations, testSize), n, d, subpopulations, testSize);
        string rhoSource;
        double rho;
        if (s.Rho is { } given)
        {
            (rho, rhoSource) = (given, "ρ from --rho");
        }
        else if (s.RhoA is { } a)
        {
            (rho, rhoSource) = (PublishedRho(n, d, a), Invariant($"ρ from the published formula with a = {a} (--rho-a)"));
        }
        else if (n == preset!.TrainingSize && d == preset.Dimension)
        {
            (rho, rhoSource) = (preset.Rho, $"ρ from {PresetName(tier, TaskPresets.HclExperiment)}");
        }
        else
        {
            // The smoke and paper presets take ρ from this formula at their n and d, so a changed n or d keeps the published regime.
            (rho, rhoSource) = (PublishedRho(n, d, HclParameters.PublishedA), Invariant($"ρ from the published formula with a = {HclParameters.PublishedA} at this n and d (--rho or --rho-a to choose)"));
        }
        HclParameters parameters = Science(() => new HclParameters(n, d, subpopulations, rho, Prior(preset?.Prior, subpopulations), testSize));
        sources = Sources(tier, TaskPresets.HclExperiment, [("n", s.TrainingSize), ("N", s.Subpopulations), ("d", s.Dimension), ("test size", s.TestSize)]) + "; " + rhoSource;
        return parameters;
    }

    private static NspParameters NspFrom(TasksSettings s, Tier tier, Func<TaskPresets> presets, out string sources)
    {
        bool complete = s is { TrainingSize: not null, Dimension: not null, Subpopulations: not null, Delta: not null, TestSize: not null };
        NspParameters? preset = complete ? null : presets().Nsp(tier);
        int n = s.TrainingSize ?? preset!.TrainingSize;
        int d = s.Dimension ?? preset!.Length;
        int subpopulations = s.Subpopulations ?? preset!.Subpopulations;
        int testSize = s.TestSize ?? preset!.TestSize;
        double delta = s.Delta ?? preset!.Delta;
        CheckMemory("NSP", s, InstanceMemory.Nsp(n, d, subpopulations, testSize), n, d, subpopulations, testSize);
        NspParameters parameters = Science(() => new NspParameters(n, d, subpopulations, delta, Prior(preset?.Prior, subpopulations), testSize));
        sources = Sources(tier, TaskPresets.NspExperiment, [("n", s.TrainingSize), ("N", s.Subpopulations), ("d", s.Dimension), ("δ", s.Delta), ("test size", s.TestSize)]);
        return parameters;
    }

    // The preset's prior where N is the preset's; a changed N gets the uniform prior (null), every preset's today. A
    // non-uniform prior cannot be resized without knowing its family, so that is refused.
    private static FrequencyPrior? Prior(FrequencyPrior? preset, int subpopulations)
    {
        if (preset is null || preset.Count == subpopulations)
        {
            return preset;
        }
        return preset.IsUniform
            ? null
            : throw new InvalidOptionException("--N", $"--N = {subpopulations}: the tier's preset has the prior {preset.Name} over {preset.Count} subpopulations, which --N cannot resize; drop --N.");
    }

    private static double PublishedRho(int n, int d, double a)
    {
        try
        {
            return HclParameters.PublishedRho(n, d, a);
        }
        catch (InvalidParameterException ex)
        {
            string option = OptionOf(ex.Parameter);
            throw new InvalidOptionException(option, $"{option}: {ex.Message} (--rho sets ρ directly.)");
        }
    }

    // The science's own checks (n ≥ 1, δ in (0, 1], ρ in [0, 1], …) name the parameter; the CLI names the option.
    private static T Science<T>(Func<T> build)
    {
        try
        {
            return build();
        }
        catch (InvalidParameterException ex)
        {
            string option = OptionOf(ex.Parameter);
            throw new InvalidOptionException(option, $"{option}: {ex.Message} Give {option} a valid value.");
        }
    }

    private static string OptionOf(string parameter) => parameter switch
    {
        "trainingSize" => "--n",
        "dimension" or "length" => "--d",
        "subpopulations" or "prior" => "--N",
        "rho" => "--rho",
        "a" => "--rho-a",
        "delta" => "--delta",
        "testSize" => "--test-size",
        _ => "--" + parameter,
    };

    private static void CheckMemory(string task, TasksSettings s, double bytes, int n, int d, int subpopulations, int testSize)
    {
        if (bytes <= InstanceMemory.LimitBytes)
        {
            return;
        }
        string[] given = new (string Option, object? Value)[] { ("--n", s.TrainingSize), ("--N", s.Subpopulations), ("--d", s.Dimension), ("--test-size", s.TestSize) }
            .Where(o => o.Value is not null).Select(o => o.Option).ToArray();
        string option = given.Length == 0 ? "--N" : string.Join("/", given);
        throw new InvalidOptionException(option, Invariant(
            $"{option}: the {task} instance n = {n}, N = {subpopulations}, d = {d}, {testSize} queries per set needs about {InstanceMemory.GiB(bytes):F1} GiB, above the {InstanceMemory.GiB(InstanceMemory.LimitBytes):F0} GiB that repro tasks accepts (the N·d tables of the two Bayes-optimal predictors dominate); use a smaller N or d (or n, --test-size)."));
    }

    private static string Sources(Tier tier, string experiment, IReadOnlyList<(string Name, object? Value)> values)
    {
        string[] given = values.Where(v => v.Value is not null).Select(v => v.Name).ToArray();
        string[] missing = values.Where(v => v.Value is null).Select(v => v.Name).ToArray();
        string options = given.Length == 0 ? "" : $"{string.Join(", ", given)} from the options";
        string preset = missing.Length == 0 ? "" : $"{string.Join(", ", missing)} from {PresetName(tier, experiment)}";
        return string.Join("; ", new[] { options, preset }.Where(t => t.Length > 0));
    }

    private static string PresetName(Tier tier, string experiment) => tier == Tier.Tiny
        ? "the tiny preset (TinyPresets)"
        : $"the {tier.ToString().ToLowerInvariant()} preset ({ExperimentFileParser.PathOf(experiment)})";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
