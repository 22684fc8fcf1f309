using System.Globalization;
using Memorization.Claims.Measurements.Hcl;
using Memorization.Configuration;
using Memorization.Experiments.Privacy;
using Memorization.Learners.Private;

namespace Memorization.Claims.Measurements.Privacy;

/// <summary>
/// The DP claim's tier parameters: the HCL instance (the block every HCL claim shares, read by
/// <see cref="HclExperimentSetup.From"/>) and the DP-SGD sweep.
/// </summary>
/// <remarks>
/// Parameters: <c>epsilons</c> (comma-separated ε values, ≥ 2, e.g. "0.5, 2, 8, 32, 128"); <c>intermediate_epsilon</c>
/// (one of them: the ε at which the claim compares singleton with well-represented error); <c>delta</c> [1/n²];
/// <c>dp_steps</c>, <c>dp_learning_rate</c>, <c>dp_momentum</c>, <c>dp_clip</c>, <c>dp_sampling_rate</c> [1] (DP-SGD,
/// <see cref="DpSgdOptions"/>); optionally the MLP: <c>dp_mlp_hidden</c> (present = the MLP is swept too), <c>dp_mlp_steps</c>,
/// <c>dp_mlp_learning_rate</c>, <c>dp_mlp_momentum</c> (same C and q).
/// </remarks>
/// <param name="Hcl">The HCL instance and seed.</param>
/// <param name="Epsilons">The swept ε values, ascending.</param>
/// <param name="IntermediateEpsilon">The ε of <paramref name="Epsilons"/> where singleton and well-represented error are compared.</param>
/// <param name="Delta">δ of every guarantee.</param>
/// <param name="Training">DP-SGD options of the logistic regression without the noise multiplier (σ is calibrated per ε).</param>
/// <param name="MlpHiddenWidth">H of the MLP, or null when only the logistic regression is swept.</param>
/// <param name="MlpTraining">DP-SGD options of the MLP (null with <paramref name="MlpHiddenWidth"/>).</param>
public sealed record PrivacySweepSetup(
    HclExperimentSetup Hcl, IReadOnlyList<double> Epsilons, double IntermediateEpsilon, double Delta, DpSgdOptions Training, int? MlpHiddenWidth = null, DpSgdOptions? MlpTraining = null)
{
    /// <summary>Reads the setup from <paramref name="claimCase"/>'s tier parameters.</summary>
    /// <exception cref="ClaimParameterException">A parameter is missing, ill-typed or out of range.</exception>
    public static PrivacySweepSetup From(ClaimCase claimCase)
    {
        HclExperimentSetup hcl = HclExperimentSetup.From(claimCase);
        string text = claimCase.GetString("epsilons");
        var epsilons = new List<double>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out double epsilon) || !(epsilon > 0.0) || double.IsInfinity(epsilon))
            {
                throw Bad(claimCase, $"parameter 'epsilons' = '{text}': '{part}' is not a finite ε > 0. Write e.g. \"0.5, 2, 8, 32, 128\".");
            }
            epsilons.Add(epsilon);
        }
        if (epsilons.Count < 2 || epsilons.Distinct().Count() != epsilons.Count)
        {
            throw Bad(claimCase, $"parameter 'epsilons' = '{text}' must list at least two distinct ε values, e.g. \"0.5, 2, 8, 32, 128\".");
        }
        epsilons.Sort();
        double intermediate = claimCase.GetDouble("intermediate_epsilon");
        if (!epsilons.Contains(intermediate))
        {
            throw Bad(claimCase, $"parameter 'intermediate_epsilon' = {intermediate.ToString("R", CultureInfo.InvariantCulture)} is not one of the swept ε " +
                $"(epsilons: \"{text}\"). Fix: use one of {string.Join(", ", epsilons.Select(e => e.ToString("R", CultureInfo.InvariantCulture)))}.");
        }

        int n = hcl.Parameters.TrainingSize;
        double delta = claimCase.Has("delta") ? claimCase.GetDouble("delta") : 1.0 / ((double)n * n);
        if (!(delta > 0.0 && delta < 1.0))
        {
            throw Bad(claimCase, $"parameter 'delta' = {delta} must be in (0, 1); leave it out for δ = 1/n².");
        }
        var training = new DpSgdOptions(
            claimCase.GetDouble("dp_clip"),
            0.0,
            claimCase.Has("dp_sampling_rate") ? claimCase.GetDouble("dp_sampling_rate") : 1.0,
            claimCase.GetInt("dp_steps"),
            claimCase.GetDouble("dp_learning_rate"),
            claimCase.GetDouble("dp_momentum"));
        int? hidden = null;
        DpSgdOptions? mlp = null;
        if (claimCase.Has("dp_mlp_hidden"))
        {
            hidden = claimCase.GetInt("dp_mlp_hidden");
            if (hidden < 1)
            {
                throw Bad(claimCase, $"parameter 'dp_mlp_hidden' = {hidden} must be ≥ 1 (the MLP's hidden width), or left out for no MLP.");
            }
            mlp = training with
            {
                Steps = claimCase.GetInt("dp_mlp_steps"),
                LearningRate = claimCase.GetDouble("dp_mlp_learning_rate"),
                Momentum = claimCase.GetDouble("dp_mlp_momentum"),
            };
        }
        try
        {
            training.Validate();
            mlp?.Validate();
        }
        catch (InvalidParameterException ex)
        {
            throw Bad(claimCase, ex.Message);
        }
        return new PrivacySweepSetup(hcl, epsilons, intermediate, delta, training, hidden, mlp);
    }

    /// <summary>The sweep's options for the experiment (<see cref="PrivacySweep"/>).</summary>
    public PrivacySweepOptions Sweep => new(Hcl.Seed, Epsilons, Delta, Training, MlpHiddenWidth, MlpTraining);

    private static ClaimParameterException Bad(ClaimCase claimCase, string message) =>
        new($"{claimCase.Tier.Location}: claim {claimCase.ClaimId}, tier {claimCase.TierName}: {message}");
}
