using System.Globalization;
using Memorization.Experiments.Nsp;
using Memorization.Learners.Sequence;
using Memorization.Tasks;

namespace Memorization.Claims.Measurements.Nsp;

/// <summary>
/// The NSP memorization experiment (docs/experiments.md#nsp-experiment; Experiments/Nsp) as a claim file's tier parameters describe
/// it. Every NSP experiment claim declares the same block, so one training run per tier serves them all
/// (<see cref="NspExperimentCache"/>).
/// </summary>
/// <remarks>
/// Parameters: data — <c>n</c>, <c>dimension</c> (d), <c>subpopulations</c> (N), <c>delta</c> (δ; noise rate p = δ/2),
/// <c>test_size</c> [500] (queries per query set: fresh, represented, singletons); model — <c>architecture</c>
/// [transformer] (<c>persistent-memory</c>: <see cref="SequenceArchitecture.PersistentMemory"/>, with <c>memory_slots</c>;
/// <c>transformer</c>: <c>d_model</c>, <c>layers</c>, <c>heads</c>, <c>feed_forward</c>), <c>learning_rate</c>, <c>steps</c>, <c>checkpoint_every</c>,
/// <c>batch_size</c> [full batch], <c>input_noise</c> [0] (see <see cref="SequenceModelOptions.InputNoiseRate"/>),
/// <c>lr_schedule</c> [constant] (<c>cosine</c>: <see cref="SequenceModelOptions.CosineDecay"/>);
/// attacks — <c>prompt_length</c> [d/4] (k of the extraction attack), <c>informed_probes</c> [31],
/// <c>fresh_controls</c> [1] (fresh strings per singleton subpopulation).
/// Initialisation scales are the smoke preset's.
/// </remarks>
public sealed record NspExperimentSetup(NspParameters Parameters, ulong Seed, SequenceModelOptions Model, int PromptLength, int ProbeCount, int FreshControls)
{
    /// <summary>Reads the setup from <paramref name="claimCase"/>'s tier parameters.</summary>
    /// <exception cref="ClaimParameterException">A parameter is missing, ill-typed or out of range.</exception>
    public static NspExperimentSetup From(ClaimCase claimCase)
    {
        NspParameters parameters = DataFrom(claimCase);
        SequenceArchitecture architecture = Architecture(claimCase);
        SequenceModelOptions network = architecture == SequenceArchitecture.PersistentMemory
            ? SequenceModelOptions.Smoke with { Architecture = architecture, MemorySlots = claimCase.GetInt("memory_slots") }
            : SequenceModelOptions.Smoke with
            {
                ModelDimension = claimCase.GetInt("d_model"),
                Layers = claimCase.GetInt("layers"),
                Heads = claimCase.GetInt("heads"),
                FeedForwardDimension = claimCase.GetInt("feed_forward"),
            };
        SequenceModelOptions model = network with
        {
            LearningRate = claimCase.GetDouble("learning_rate"),
            Steps = claimCase.GetInt("steps"),
            CheckpointEvery = claimCase.GetInt("checkpoint_every"),
            BatchSize = claimCase.Has("batch_size") ? claimCase.GetInt("batch_size") : null,
            InputNoiseRate = claimCase.Has("input_noise") ? claimCase.GetDouble("input_noise") : 0.0,
            CosineDecay = claimCase.Has("lr_schedule") && LearningRateSchedule(claimCase) == "cosine",
        };
        int promptLength = claimCase.Has("prompt_length") ? claimCase.GetInt("prompt_length") : parameters.Length / 4;
        int probes = claimCase.Has("informed_probes") ? claimCase.GetInt("informed_probes") : 31;
        int freshControls = claimCase.Has("fresh_controls") ? claimCase.GetInt("fresh_controls") : 1;
        var setup = new NspExperimentSetup(parameters, claimCase.Seed, model, promptLength, probes, freshControls);
        Guard(claimCase, () => setup.Options().Validate(parameters.Length));
        return setup;
    }

    // architecture: transformer (default) or persistent-memory (SequenceModelOptions.Architecture).
    private static SequenceArchitecture Architecture(ClaimCase claimCase)
    {
        string name = claimCase.Has("architecture") ? claimCase.GetString("architecture") : "transformer";
        return name switch
        {
            "transformer" => SequenceArchitecture.CausalTransformer,
            "persistent-memory" => SequenceArchitecture.PersistentMemory,
            _ => throw new ClaimParameterException(
                $"{claimCase.Tier.Location}: claim {claimCase.ClaimId}, tier {claimCase.TierName}: architecture = '{name}' is not a sequence model. Valid values: transformer, persistent-memory."),
        };
    }

    // lr_schedule: constant (default) or cosine (SequenceModelOptions.CosineDecay).
    private static string LearningRateSchedule(ClaimCase claimCase)
    {
        string schedule = claimCase.GetString("lr_schedule");
        return schedule is "constant" or "cosine"
            ? schedule
            : throw new ClaimParameterException(
                $"{claimCase.Tier.Location}: claim {claimCase.ClaimId}, tier {claimCase.TierName}: lr_schedule = '{schedule}' is not a schedule. Valid values: constant, cosine.");
    }

    /// <summary>Only the data block (for claims that train nothing, e.g. NSP-BAYES).</summary>
    /// <exception cref="ClaimParameterException">A parameter is missing, ill-typed or out of range.</exception>
    public static NspParameters DataFrom(ClaimCase claimCase)
    {
        int n = claimCase.GetInt("n");
        int d = claimCase.GetInt("dimension");
        int subpopulations = claimCase.GetInt("subpopulations");
        double delta = claimCase.GetDouble("delta");
        int testSize = claimCase.Has("test_size") ? claimCase.GetInt("test_size") : 500;
        NspParameters? parameters = null;
        Guard(claimCase, () => parameters = new NspParameters(n, d, subpopulations, delta, testSize: testSize));
        return parameters!;
    }

    /// <summary>The experiment runner's options.</summary>
    public NspExperimentOptions Options() => new(Model, Seed, PromptLength, ProbeCount, FreshControlsPerSingleton: FreshControls);

    /// <summary>n·d, the denominator of the information fraction.</summary>
    public long TrainingBits => (long)Parameters.TrainingSize * Parameters.Length;

    /// <summary>A key equal for two setups exactly when they would train and attack identically.</summary>
    public string Key(string device) => string.Join("|",
        Parameters.ToString(), Seed.ToString(CultureInfo.InvariantCulture), device, Model.ToString(),
        PromptLength.ToString(CultureInfo.InvariantCulture), ProbeCount.ToString(CultureInfo.InvariantCulture), FreshControls.ToString(CultureInfo.InvariantCulture));

    private static void Guard(ClaimCase claimCase, Action check)
    {
        try
        {
            check();
        }
        catch (InvalidParameterException ex)
        {
            throw new ClaimParameterException($"{claimCase.Tier.Location}: claim {claimCase.ClaimId}, tier {claimCase.TierName}: {ex.Message}");
        }
    }
}
