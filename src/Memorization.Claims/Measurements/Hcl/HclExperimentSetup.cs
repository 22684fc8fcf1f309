using System.Globalization;
using Memorization.Attacks;
using Memorization.Experiments.Hcl;
using Memorization.Learners.Trained;
using Memorization.Tasks;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>
/// The published HCL experiment (docs/experiments.md#published-hcl-experiment) as a claim file's tier parameters describe it. Every HCL claim
/// file declares the same block, so one run per model serves all the claims of a tier (see
/// <see cref="HclExperimentCache"/>).
/// </summary>
/// <remarks>
/// Parameters (defaults in brackets are the published values):
/// <c>n</c>, <c>dimension</c>, <c>subpopulations</c>; <c>rho</c>, or <c>rho_a</c> [50000] for the published
/// ρ = √((2 ln(a·0.368·n) − ln ln n)/d); <c>test_size</c> [500];
/// <c>lr_steps</c> [50], <c>lr_checkpoint_every</c> [2]; <c>mlp_hidden</c> [1500], <c>mlp_steps</c> [2000],
/// <c>mlp_decay_after</c> [450], <c>mlp_checkpoint_every</c> [50]; <c>attack_every</c> [1] (attack every k-th
/// checkpoint and the last); <c>represented_controls</c> [64]; <c>informed_samples</c> [16] (0 = no informed attack);
/// <c>figure_targets_lr</c> and <c>figure_targets_mlp</c>: how many singletons to attack, for the figures only, at the
/// checkpoints <c>attack_every</c> skips (<see cref="HclExperimentOptions.FigureTargets"/>; 0 = none). Defaults: every
/// singleton for the logistic regression (the sign attack is cheap); for the MLP every singleton at the paper tier and
/// <see cref="SmokeMlpFigureTargets"/> at the others, whose time budget the coordinate ascent at 41 checkpoints would exceed.
/// </remarks>
public sealed record HclExperimentSetup(
    HclParameters Parameters,
    ulong Seed,
    LogisticRegressionOptions LogisticRegression,
    MlpOptions Mlp,
    int AttackEvery,
    int RepresentedControls,
    int InformedSamples,
    int LogisticRegressionFigureTargets = 0,
    int MlpFigureTargets = 0)
{
    /// <summary>The MLP's figure-only targets outside the paper tier: a fixed random subset of the singletons.</summary>
    public const int SmokeMlpFigureTargets = 16;

    /// <summary>Reads the setup from <paramref name="claimCase"/>'s tier parameters.</summary>
    /// <exception cref="ClaimParameterException">A parameter is missing, ill-typed or out of range.</exception>
    public static HclExperimentSetup From(ClaimCase claimCase)
    {
        int n = claimCase.GetInt("n");
        int d = claimCase.GetInt("dimension");
        int subpopulations = claimCase.GetInt("subpopulations");
        int testSize = Optional(claimCase, "test_size", 500);
        HclParameters parameters;
        try
        {
            parameters = claimCase.Has("rho")
                ? new HclParameters(n, d, subpopulations, claimCase.GetDouble("rho"), testSize: testSize)
                : HclParameters.WithPublishedRho(n, d, subpopulations, claimCase.Has("rho_a") ? claimCase.GetDouble("rho_a") : HclParameters.PublishedA, testSize: testSize);
        }
        catch (InvalidParameterException ex)
        {
            throw new ClaimParameterException($"{claimCase.Tier.Location}: claim {claimCase.ClaimId}, tier {claimCase.TierName}: {ex.Message}");
        }

        LogisticRegressionOptions lr = LogisticRegressionOptions.Published with
        {
            Steps = Optional(claimCase, "lr_steps", LogisticRegressionOptions.Published.Steps),
            CheckpointEvery = Optional(claimCase, "lr_checkpoint_every", LogisticRegressionOptions.Published.CheckpointEvery),
        };
        MlpOptions mlp = MlpOptions.Published with
        {
            HiddenWidth = Optional(claimCase, "mlp_hidden", MlpOptions.Published.HiddenWidth),
            Steps = Optional(claimCase, "mlp_steps", MlpOptions.Published.Steps),
            DecayAfterStep = Optional(claimCase, "mlp_decay_after", MlpOptions.Published.DecayAfterStep),
            CheckpointEvery = Optional(claimCase, "mlp_checkpoint_every", MlpOptions.Published.CheckpointEvery),
        };
        int allSingletons = int.MaxValue;
        var setup = new HclExperimentSetup(parameters, claimCase.Seed, lr, mlp,
            Optional(claimCase, "attack_every", 1), Optional(claimCase, "represented_controls", 64), Optional(claimCase, "informed_samples", 16),
            Optional(claimCase, "figure_targets_lr", allSingletons),
            Optional(claimCase, "figure_targets_mlp", claimCase.Tier.Tier == Configuration.Tier.Paper ? allSingletons : SmokeMlpFigureTargets));
        try
        {
            setup.Options(HclModelKind.LogisticRegression).Validate();
            setup.Options(HclModelKind.Mlp).Validate();
        }
        catch (InvalidParameterException ex)
        {
            throw new ClaimParameterException($"{claimCase.Tier.Location}: claim {claimCase.ClaimId}, tier {claimCase.TierName}: {ex.Message}");
        }

        return setup;
    }

    /// <summary>The experiment options that train only <paramref name="model"/>.</summary>
    public HclExperimentOptions Options(HclModelKind model) => new(
        Seed,
        model == HclModelKind.LogisticRegression ? LogisticRegression : null,
        model == HclModelKind.Mlp ? Mlp : null,
        new SignAttack(),
        new CoordinateAscentAttack(),
        InformedSamples > 0 ? new InformedAttack(InformedSamples) : null,
        AttackEvery,
        RepresentedControls,
        FigureTargets: model == HclModelKind.LogisticRegression ? LogisticRegressionFigureTargets : MlpFigureTargets,
        // MULTIPLICITY reads the logistic regression's (one sign-attack call); the MLP's coordinate ascent would cost more and serve no claim.
        MultiplicityRecovery: model == HclModelKind.LogisticRegression);

    /// <summary>n·d, the denominator of the information fraction.</summary>
    public long TrainingBits => (long)Parameters.TrainingSize * Parameters.Dimension;

    /// <summary>A key that is equal for two setups exactly when they would train and attack <paramref name="model"/> identically.</summary>
    public string Key(HclModelKind model, string device) => string.Join("|",
        Parameters.ToString(), Parameters.TestSize.ToString(CultureInfo.InvariantCulture), Seed.ToString(CultureInfo.InvariantCulture), device, model,
        model == HclModelKind.LogisticRegression ? LogisticRegression.ToString() : Mlp.ToString(),
        AttackEvery, RepresentedControls, InformedSamples, model == HclModelKind.LogisticRegression ? LogisticRegressionFigureTargets : MlpFigureTargets);

    private static int Optional(ClaimCase claimCase, string name, int fallback) => claimCase.Has(name) ? claimCase.GetInt(name) : fallback;
}
